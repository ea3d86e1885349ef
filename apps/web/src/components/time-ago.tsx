"use client";

import { useSyncExternalStore } from "react";
import { timeAgo } from "@/lib/time-ago";

// The browser's clock as an external store, in 10 s steps (a snapshot must not change between two reads of
// one render), checked every minute.
const STEP_MS = 10_000;
const clock = {
  subscribe(onChange: () => void) {
    const timer = setInterval(onChange, 60_000);
    return () => clearInterval(timer);
  },
  now: () => Math.floor(Date.now() / STEP_MS) * STEP_MS,
  server: () => undefined,
};

/**
 * A relative time ("5 minutes ago") that hydrates cleanly and then tells the truth. The server's render and
 * the browser's hydration run seconds apart and may disagree across a minute boundary; a text mismatch would
 * make React re-render the whole document from the root (dropping, among other things, the dark-mode class set
 * before paint), so hydration keeps the server's text. Right after it, and every minute, the text is computed
 * again from the browser's clock: a page kept for anonymous visitors (apps/web/page-cache.mjs) or left open
 * never shows a stale "just now". Every relative time on a page goes through this component.
 */
export function TimeAgo({ date, className, prefix = "" }: { date: Date | string; className?: string; prefix?: string }) {
  const iso = typeof date === "string" ? date : date.toISOString();
  const now = useSyncExternalStore(clock.subscribe, clock.now, clock.server);
  // Hydration keeps the server's text even where the browser's first render differs, and a later render that
  // computes the same text changes nothing in the DOM: a new key after hydration makes React write the element anew.
  return (
    <time
      key={now === undefined ? "server" : "browser"}
      dateTime={iso}
      title={new Date(iso).toLocaleString("en-GB", { timeZone: "UTC" }) + " UTC"}
      className={className}
      suppressHydrationWarning
    >
      {prefix}
      {timeAgo(iso, now)}
    </time>
  );
}
