export { LINK_REL, extractMentions, markdownToText, renderMarkdown } from "./render.ts";
export { escapeHtml } from "./escape.ts";
