"use client";

import { useQuery } from "@tanstack/react-query";
import { Link2Off, Unlink, X } from "lucide-react";
import Link from "next/link";
import { useEffect, useRef, useState, type ReactNode, type RefObject } from "react";
import { useTRPC } from "@/trpc/react";
import type { Thread } from "../annotations/colors";
import { ThreadCard } from "../annotations/thread-card";
import type { Person } from "../annotations/use-people";

// Opening /papers/<id>?annotation=<aid> (issue 16.2): the server resolves the link for this viewer
// (annotationLinks.resolve); a thread is opened and its highlight scrolled to — in the text view, or in the
// PDF view, where a page paints its marks only once it is near the viewport, so the page is reached first;
// an orphaned passage is said so beside its thread; anything else gets one neutral message.

const MARK_WAIT_MS = 20_000;
const POLL_MS = 150;

/**
 * Brings a highlight into view: centred beside the discussion rail on a wide screen; on a narrower one, where the
 * thread opens as a sheet over the lower part of the screen, just under the sticky header, above the sheet.
 */
function reveal(mark: Element) {
  if (window.matchMedia("(min-width: 64rem)").matches) return mark.scrollIntoView({ block: "center" });
  const header = document.querySelector("header")?.getBoundingClientRect().bottom ?? 64;
  window.scrollTo({ top: Math.max(0, mark.getBoundingClientRect().top + window.scrollY - header - 12) });
}

/** Scrolls to the highlight of `threadId` under `root()` (text marks, else its PDF page until its mark paints). */
function scrollToMark(root: () => HTMLElement | null, threadId: string, replyId: string | null): () => void {
  const id = CSS.escape(threadId);
  let pageReached = false;
  let waited = 0;
  const step = () => {
    const el = root();
    const mark = el?.querySelector(`[data-annotation-ids~="${id}"]`);
    if (mark) {
      if (replyId) document.querySelector(`[data-annotation-id="${CSS.escape(replyId)}"]`)?.scrollIntoView({ block: "nearest" });
      reveal(mark);
      return;
    }
    const page = el?.querySelector(`[data-page-annotations~="${id}"]`);
    if (page && !pageReached) {
      page.scrollIntoView({ block: "start" });
      pageReached = true;
    }
    waited += POLL_MS;
    if (waited < MARK_WAIT_MS) timer = window.setTimeout(step, POLL_MS);
  };
  let timer = window.setTimeout(step, 0);
  return () => window.clearTimeout(timer);
}

function Notice({ icon, title, children, onDismiss }: { icon: ReactNode; title: string; children: ReactNode; onDismiss?: () => void }) {
  return (
    <div
      role="status"
      data-testid="annotation-link-notice"
      className="rounded-xl border border-line-strong bg-paper-sunken/60 p-3.5 text-[13px] leading-relaxed"
    >
      <div className="flex items-start gap-2">
        <span className="mt-0.5 shrink-0 text-ink-subtle">{icon}</span>
        <div className="min-w-0 flex-1">
          <p className="font-medium text-ink">{title}</p>
          <div className="mt-0.5 text-ink-muted">{children}</div>
        </div>
        {onDismiss ? (
          <button
            type="button"
            aria-label="Dismiss"
            onClick={onDismiss}
            className="-m-1 grid size-7 shrink-0 place-items-center rounded-md text-ink-subtle hover:bg-paper-sunken"
          >
            <X aria-hidden className="size-3.5" />
          </button>
        ) : null}
      </div>
    </div>
  );
}

export function useAnnotationLink({
  paperId,
  threads,
  ready,
  readerRoot,
  signedIn,
  signInHref,
  people,
  onOpen,
}: {
  paperId: string;
  /** The paper's threads as the sidebar has them (undefined while loading). */
  threads: Thread[] | undefined;
  /** The reading text is rendered (marks can be found). */
  ready: boolean;
  readerRoot: RefObject<HTMLElement | null>;
  signedIn: boolean;
  signInHref: string;
  people: Person[];
  /** Make `threadId` the active thread (null: none, the link is unavailable) and show the discussion (the phone's sheet). */
  onOpen: (threadId: string | null) => void;
}): { linkedId: string | null; notice: ReactNode } {
  const trpc = useTRPC();
  const [wanted, setWanted] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a browser-only value (URL) read after hydration, so the server and the first client render agree
    setWanted(new URLSearchParams(window.location.search).get("annotation"));
  }, []);

  const resolved = useQuery({
    ...trpc.annotationLinks.resolve.queryOptions({ paperId, id: wanted ?? "" }),
    enabled: Boolean(wanted),
    staleTime: Infinity,
    retry: false,
  });
  // A malformed id is refused by the input schema: to the reader, that is one more unavailable link.
  const unavailable = resolved.data?.status === "unavailable" || resolved.isError;
  const found = resolved.data?.status === "found" ? resolved.data : null;
  const listed = found ? threads?.find((t) => t.id === found.threadId) : undefined;
  // A thread the sidebar's page does not hold (the list's limit) is fetched on its own.
  const single = useQuery({ ...trpc.annotations.thread.queryOptions({ id: found?.threadId ?? "" }), enabled: Boolean(found && threads && !listed) });
  const thread = listed ?? single.data;

  const opened = useRef(false);
  useEffect(() => {
    if (unavailable && !opened.current) {
      opened.current = true;
      onOpen(null);
    }
    if (!found || !thread || !ready || opened.current) return;
    opened.current = true;
    onOpen(found.threadId);
    if (thread.start === null || found.anchorStatus === "ORPHANED") {
      // No passage (a page note) or none any more: the thread itself is what the link opens.
      const card = () => document.querySelector(`[data-thread-id="${CSS.escape(found.threadId)}"]`);
      requestAnimationFrame(() => card()?.scrollIntoView({ block: "center" }));
      return;
    }
    return scrollToMark(() => readerRoot.current, found.threadId, found.replyId);
  }, [unavailable, found, thread, ready, onOpen, readerRoot]);

  let notice: ReactNode = null;
  if (unavailable && !dismissed) {
    notice = (
      <Notice icon={<Link2Off aria-hidden className="size-4" />} title="This annotation isn’t available" onDismiss={() => setDismissed(true)}>
        The link may be out of date, or the annotation isn’t shared with you.
        {signedIn ? null : (
          <>
            {" "}
            <Link href={signInHref} className="font-medium text-accent underline-offset-4 hover:underline">
              Sign in
            </Link>{" "}
            if it was shared with you.
          </>
        )}
      </Notice>
    );
  } else if (found?.anchorStatus === "ORPHANED" && thread && !dismissed) {
    notice = (
      <div className="grid gap-2">
        <Notice icon={<Unlink aria-hidden className="size-4" />} title="Its passage is no longer in the text" onDismiss={() => setDismissed(true)}>
          The paper’s text changed and the highlighted words could not be found again. The discussion is below.
        </Notice>
        <ThreadCard thread={thread} active people={people} onSelect={() => undefined} />
      </div>
    );
  }
  return { linkedId: found?.replyId ?? (found ? found.threadId : null), notice };
}
