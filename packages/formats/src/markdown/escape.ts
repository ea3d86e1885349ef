/** Text for HTML content or a quoted attribute: & < > " ' as entities (the one escaper of rendered Markdown, math and feeds). */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
