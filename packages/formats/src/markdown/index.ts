export { LINK_REL, extractMentions, renderMarkdown } from "./render.ts";
