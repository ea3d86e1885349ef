export { LINK_REL, extractMentions, markdownToText, renderMarkdown } from "./render.ts";
