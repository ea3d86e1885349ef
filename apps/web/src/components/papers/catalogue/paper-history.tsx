"use client";

import Link from "next/link";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Check, GitMerge, Undo2, X } from "lucide-react";
import { Alert, Button, Skeleton, toast } from "@commonplace/ui";
import { useTRPC } from "@/trpc/react";
import { formErrorOf } from "@/lib/trpc-errors";
import { TimeAgo } from "@/components/time-ago";
import { FieldChanges } from "./field-changes";
import { KIND_LABELS } from "./record-fields";

type Person = { handle: string; name: string } | null;

function Who({ person, fallback }: { person: Person; fallback: string }) {
  if (!person) return <>{fallback}</>;
  return (
    <Link href={`/u/${person.handle}`} className="text-ink hover:text-accent">
      {person.name}
    </Link>
  );
}

const FORMATS: Record<string, string> = {
  correction: "a correction",
  merge: "a merge",
  bibtex: "BibTeX",
  ris: "RIS",
  csl: "CSL-JSON",
  pdf: "a PDF",
  arxiv: "arXiv",
};
const sourceOf = (format: string | null) => (format ? (FORMATS[format] ?? format) : null);

/** The paper's suggestions waiting for review and its changes, newest first (catalogue.paperHistory). */
export function PaperHistory({ paperId }: { paperId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const history = useQuery(trpc.catalogue.paperHistory.queryOptions({ paperId }));
  const onSettled = () => (void queryClient.invalidateQueries({ queryKey: trpc.catalogue.paperHistory.queryKey() }), router.refresh());
  const onError = (e: unknown) => toast.error(formErrorOf(e) ?? "That did not work.");
  const revert = useMutation(trpc.catalogue.revert.mutationOptions({ onSuccess: () => toast.success("Reverted"), onError, onSettled }));
  const accept = useMutation(trpc.catalogue.accept.mutationOptions({ onSuccess: () => toast.success("Accepted: the paper is updated"), onError, onSettled }));
  const reject = useMutation(trpc.catalogue.reject.mutationOptions({ onSuccess: () => toast.success("Rejected"), onError, onSettled }));

  if (history.isLoading) return <Skeleton className="h-48 rounded-xl" />;
  if (history.error || !history.data) return <Alert variant="danger">{formErrorOf(history.error) ?? "Could not load the history."}</Alert>;
  const { changes, proposals, mergedFrom, canReview } = history.data;

  return (
    <div className="grid gap-10">
      {mergedFrom.length > 0 ? (
        <section aria-labelledby="merged-heading" className="rounded-xl border border-line bg-surface p-4 text-sm" data-testid="merged-from">
          <h2 id="merged-heading" className="flex items-center gap-2 font-medium text-ink">
            <GitMerge aria-hidden className="size-4 text-ink-subtle" /> Duplicates merged into this paper
          </h2>
          <ul className="mt-2 grid gap-1 text-ink-muted">
            {mergedFrom.map((m) => (
              <li key={m.id} className="break-words">
                “{m.title}” <span className="font-mono text-xs">({m.id})</span> · <TimeAgo date={m.mergedAt} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {proposals.length > 0 ? (
        <section aria-labelledby="waiting-heading" className="grid gap-3">
          <h2 id="waiting-heading" className="text-xs font-semibold tracking-wide text-ink-muted uppercase">
            {canReview ? "Suggested changes waiting for review" : "Your suggestions waiting for review"}
          </h2>
          <ul className="grid gap-3">
            {proposals.map((p) => (
              <li key={p.id} className="rounded-xl border border-dashed border-line-strong bg-surface p-4" data-testid="history-proposal">
                <p className="text-[13px] text-ink-muted">
                  From <Who person={p.proposer} fallback="an import" />
                  {p.source.format ? ` (${sourceOf(p.source.format)})` : ""} · <TimeAgo date={p.createdAt} />
                  {p.source.ref ? <span className="block break-words text-ink-subtle">“{p.source.ref}”</span> : null}
                </p>
                <FieldChanges before={p.current} after={p.fields} beforeLabel="Now" afterLabel="Suggested" />
                {canReview ? (
                  <div className="mt-3 flex gap-2">
                    <Button size="sm" onClick={() => accept.mutate({ id: p.id })} loading={accept.isPending && accept.variables?.id === p.id}>
                      <Check aria-hidden /> Accept
                    </Button>
                    <Button size="sm" variant="ghost" onClick={() => reject.mutate({ id: p.id })} loading={reject.isPending && reject.variables?.id === p.id}>
                      <X aria-hidden /> Reject
                    </Button>
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="changes-heading" className="grid gap-3">
        <h2 id="changes-heading" className="text-xs font-semibold tracking-wide text-ink-muted uppercase">
          Changes
        </h2>
        {changes.length === 0 ? <p className="text-sm text-ink-muted">No recorded changes yet: this paper is as it was first added.</p> : null}
        <ol className="grid gap-3" data-testid="history-changes">
          {changes.map((c) => (
            <li key={c.id} className="rounded-xl border border-line bg-surface p-4 shadow-xs" data-testid="history-change" data-kind={c.kind}>
              <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
                <h3 className="font-medium text-ink">{KIND_LABELS[c.kind] ?? c.kind}</h3>
                <span className="text-[13px] text-ink-muted">
                  <TimeAgo date={c.createdAt} />
                </span>
              </div>
              <p className="mt-1 text-[13px] break-words text-ink-muted">
                {c.actor ? (
                  <>
                    by <Who person={c.actor} fallback="" />
                  </>
                ) : (
                  "by an import or the server"
                )}
                {sourceOf(c.source.format) ? `, from ${sourceOf(c.source.format)}` : ""}
                {c.source.ref ? <span className="text-ink-subtle"> · “{c.source.ref}”</span> : null}
                {c.revertedAt ? <span className="ml-1 rounded bg-paper-sunken px-1.5 py-0.5 text-xs text-ink-muted">reverted</span> : null}
              </p>
              <FieldChanges before={c.before} after={c.after} />
              {c.revertible ? (
                <Button
                  className="mt-3"
                  size="sm"
                  variant="secondary"
                  onClick={() => revert.mutate({ changeId: c.id })}
                  loading={revert.isPending && revert.variables?.changeId === c.id}
                >
                  <Undo2 aria-hidden /> Revert
                </Button>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
