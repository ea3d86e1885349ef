import { timeAgo } from "@/lib/time-ago";

/**
 * A relative time ("5 minutes ago") that hydrates cleanly: the server's render and the browser's hydration
 * run seconds apart and may disagree across a minute boundary. A text mismatch makes React re-render the
 * whole document from the root, which, among other things, drops the dark-mode class set before paint.
 */
export function TimeAgo({ date }: { date: Date | string }) {
  const iso = typeof date === "string" ? date : date.toISOString();
  return (
    <time dateTime={iso} title={iso} suppressHydrationWarning>
      {timeAgo(date)}
    </time>
  );
}
