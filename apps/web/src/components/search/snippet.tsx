import { cn } from "@commonplace/ui";

/**
 * Search snippets arrive HTML-escaped with <mark> as the only markup. As a second line of defence,
 * any other "<" is escaped again before rendering, so nothing but <mark> can ever become an element.
 */
export function safeSnippetHtml(snippet: string): string {
  return snippet.replace(/<(?!\/?mark>)/g, "&lt;");
}

// Marked words take the highlight's own ink: inherited muted text fails WCAG AA contrast on the marker in dark mode.
export const markClasses =
  "[&_mark]:rounded-[2px] [&_mark]:bg-highlight/75 [&_mark]:px-[0.1em] [&_mark]:text-highlight-ink [&_mark]:[box-decoration-break:clone]";

export function Snippet({ html, className }: { html: string; className?: string }) {
  if (!html) return null;
  return <p className={cn(markClasses, className)} dangerouslySetInnerHTML={{ __html: safeSnippetHtml(html) }} />;
}
