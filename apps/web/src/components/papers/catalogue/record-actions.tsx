import Link from "next/link";
import { History, PencilLine } from "lucide-react";
import { Button, buttonVariants } from "@commonplace/ui";
import { plural } from "@/components/papers/format";
import { getServerCaller } from "@/trpc/server";
import { SuggestCorrection, type CorrectablePaper } from "./suggest-correction";

/**
 * Under "About this paper": where its record came from and how to fix it — "Suggest a correction"
 * (signed in) and the paper's history (everyone), with the caller's own suggestions still waiting.
 */
export async function RecordActions({ paper, signedIn }: { paper: CorrectablePaper; signedIn: boolean }) {
  const record = await (await getServerCaller()).catalogue.paperHistory({ paperId: paper.id });
  const waiting = record.proposals.length;
  return (
    <div className="mt-4 grid gap-3 border-t border-line pt-4" data-testid="paper-record-actions">
      <div className="flex flex-wrap gap-2">
        {signedIn ? (
          <SuggestCorrection
            paper={paper}
            canEdit={record.canEdit}
            trigger={
              <Button size="sm" variant="secondary">
                <PencilLine aria-hidden /> Suggest a correction
              </Button>
            }
          />
        ) : (
          <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`/papers/${paper.id}`)}`} className={buttonVariants({ size: "sm", variant: "secondary" })}>
            <PencilLine aria-hidden /> Suggest a correction
          </Link>
        )}
        <Link href={`/papers/${paper.id}/history`} className={buttonVariants({ size: "sm", variant: "ghost" })} data-testid="paper-history-link">
          <History aria-hidden /> History
          <span className="text-ink-subtle">{record.changes.length}</span>
        </Link>
      </div>
      {waiting > 0 ? (
        <p className="text-[13px] text-ink-muted" data-testid="paper-waiting-proposals">
          {record.canReview
            ? `${plural(waiting, "suggested change")} waiting for review.`
            : `Your ${waiting === 1 ? "suggestion is" : "suggestions are"} waiting for review.`}
        </p>
      ) : null}
    </div>
  );
}
