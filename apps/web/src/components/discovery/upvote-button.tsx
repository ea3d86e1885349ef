"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { ChevronUp } from "lucide-react";
import { useEffect, useId, useRef, useState } from "react";
import { cn, toast } from "@commonplace/ui";
import { useTRPC } from "@/trpc/react";

type Vote = { upvoted: boolean; count: number };

/**
 * Upvote / undo on a paper page. Optimistic: the count moves at once and is corrected by the server's
 * answer (or put back, with a toast, if the vote fails). Signed-out visitors get a prompt to sign in.
 */
export function UpvoteButton({ paperId, initial, signedIn }: { paperId: string; initial: Vote; signedIn: boolean }) {
  const trpc = useTRPC();
  const [vote, setVote] = useState<Vote>(initial);
  const [prompt, setPrompt] = useState(false);
  const promptId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const set = useMutation(trpc.upvotes.set.mutationOptions({ scope: { id: `upvote-${paperId}` } })); // one paper's votes run in order

  useEffect(() => {
    if (!prompt) return;
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent ? event.key === "Escape" : !wrapper.current?.contains(event.target as Node)) setPrompt(false);
    };
    document.addEventListener("keydown", close);
    document.addEventListener("pointerdown", close);
    return () => {
      document.removeEventListener("keydown", close);
      document.removeEventListener("pointerdown", close);
    };
  }, [prompt]);

  const onClick = () => {
    if (!signedIn) return setPrompt((p) => !p);
    const before = vote;
    const upvoted = !before.upvoted;
    setVote({ upvoted, count: Math.max(0, before.count + (upvoted ? 1 : -1)) });
    set.mutate(
      { paperId, upvoted },
      {
        onSuccess: (next) => setVote({ upvoted: next.upvoted, count: next.count }),
        onError: (error) => {
          setVote(before);
          toast.error(error.message || "Your vote could not be saved. Try again.");
        },
      },
    );
  };
  const back = encodeURIComponent(`/papers/${paperId}`);

  return (
    <div ref={wrapper} className="relative">
      <button
        type="button"
        onClick={onClick}
        aria-pressed={signedIn ? vote.upvoted : undefined}
        aria-expanded={signedIn ? undefined : prompt}
        aria-controls={signedIn ? undefined : promptId}
        data-testid="upvote-button"
        className={cn(
          "inline-flex h-9 items-center gap-1.5 rounded-lg border px-3 text-sm font-medium transition-colors focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none",
          vote.upvoted
            ? "border-accent bg-accent-soft text-accent-soft-ink hover:bg-accent-soft/70"
            : "border-line-strong bg-surface-raised text-ink hover:border-accent hover:text-accent",
        )}
      >
        <ChevronUp aria-hidden className={cn("size-4 transition-transform", vote.upvoted && "-translate-y-px")} />
        <span>{vote.upvoted ? "Upvoted" : "Upvote"}</span>
        <span className="ml-0.5 border-l border-current/20 pl-2 tabular-nums" data-testid="upvote-count">
          {vote.count.toLocaleString("en-US")}
        </span>
      </button>
      {prompt ? (
        <div
          id={promptId}
          role="dialog"
          aria-label="Sign in to upvote"
          className="absolute top-full left-0 z-30 mt-2 w-64 rounded-xl border border-line bg-surface-raised p-4 text-sm shadow-lg animate-pop-in"
          data-testid="upvote-sign-in"
        >
          <p className="font-medium text-ink">Sign in to upvote</p>
          <p className="mt-1 text-ink-muted">Upvotes help others find the papers worth reading today.</p>
          <div className="mt-3 flex gap-2">
            <Link
              href={`/sign-in?callbackUrl=${back}`}
              className="inline-flex h-8 items-center rounded-md bg-accent px-3 font-medium text-accent-ink hover:bg-accent-hover"
            >
              Sign in
            </Link>
            <Link href={`/sign-up?callbackUrl=${back}`} className="inline-flex h-8 items-center rounded-md px-3 font-medium text-ink hover:bg-paper-sunken">
              Create account
            </Link>
          </div>
        </div>
      ) : null}
    </div>
  );
}
