/**
 * Text for HTML content or a double-quoted attribute: & < > " as entities (the one escaper of rendered Markdown,
 * math and feeds). Apostrophes stay: every caller quotes attributes with ", and RSS readers that show an item
 * title as plain text would show "Don&#39;t".
 */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
