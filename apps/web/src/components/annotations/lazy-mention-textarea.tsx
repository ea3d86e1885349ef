"use client";

import dynamic from "next/dynamic";

// The mention textarea (with its @-suggestion list) is only shown once someone edits or replies to a comment, so it
// is not part of the paper page's first load. The reader already fetches it when the page is idle (the comment
// composer it preloads imports the same module), so it is normally there before the first click.
export const MentionTextarea = dynamic(() => import("./mention-textarea").then((m) => m.MentionTextarea), {
  ssr: false,
  // Until it arrives, a box where it will be (the form does not jump or look empty).
  loading: () => <div aria-hidden className="h-16 rounded-md border border-line-strong bg-surface-raised" />,
});
