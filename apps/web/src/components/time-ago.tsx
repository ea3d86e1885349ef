import { timeAgo } from "@/lib/time-ago";

/**
 * A relative time ("5 minutes ago") that hydrates cleanly: the server's render and the browser's hydration
 * run seconds apart and may disagree across a minute boundary. A text mismatch makes React re-render the
 * whole document from the root, which, among other things, drops the dark-mode class set before paint.
 * Every relative time on a page goes through this component.
 */
export function TimeAgo({ date, className, prefix = "" }: { date: Date | string; className?: string; prefix?: string }) {
  const iso = typeof date === "string" ? date : date.toISOString();
  return (
    <time dateTime={iso} title={new Date(iso).toLocaleString("en-GB", { timeZone: "UTC" }) + " UTC"} className={className} suppressHydrationWarning>
      {prefix}
      {timeAgo(date)}
    </time>
  );
}
