"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { GitMerge } from "lucide-react";
import { Alert, Button, FormField, Input, toast } from "@commonplace/ui";
import { useTRPC } from "@/trpc/react";
import { formErrorOf } from "@/lib/trpc-errors";
import { plural } from "@/components/papers/format";

/** A paper id from what an administrator pastes: the id itself or any address of the paper's page. */
export function paperIdFrom(input: string): string {
  const s = input.trim();
  const m = /\/papers\/([^/?#\s]+)/.exec(s);
  return decodeURIComponent(m?.[1] ?? s);
}

type Side = {
  id: string;
  title: string;
  authors: string[];
  year: number | null;
  doi: string | null;
  arxivId: string | null;
  hasFullText: boolean;
  counts: { listItems: number; annotations: number; upvotes: number; pdfs: number };
};

function Summary({ side, role }: { side: Side; role: string }) {
  const ids = [side.arxivId ? `arXiv ${side.arxivId}` : null, side.doi ? `DOI ${side.doi}` : null].filter(Boolean).join(" · ");
  return (
    <div
      className="grid min-w-0 content-start gap-1 rounded-lg border border-line bg-paper p-3 text-sm"
      data-testid={`merge-${role === "Keep" ? "survivor" : "duplicate"}`}
    >
      <span className="text-xs font-semibold tracking-wide text-ink-muted uppercase">{role}</span>
      <span className="font-medium break-words text-ink">{side.title}</span>
      <span className="break-words text-ink-muted">
        {side.authors.join(", ") || "No authors"}
        {side.year ? ` · ${side.year}` : ""}
      </span>
      {ids ? <span className="font-mono text-xs break-all text-ink-muted">{ids}</span> : null}
      <span className="text-[13px] text-ink-muted">
        {plural(side.counts.annotations, "annotation")}, {plural(side.counts.listItems, "list item")}, {plural(side.counts.upvotes, "upvote")},{" "}
        {plural(side.counts.pdfs, "PDF")}
        {side.hasFullText ? ", full text" : ""}
      </span>
    </div>
  );
}

/** Administrators (catalogue.merge): merge a duplicate into this paper, after seeing both side by side. */
export function MergePanel({ survivor }: { survivor: { id: string; title: string } }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [text, setText] = useState("");
  const [mergedId, setMergedId] = useState<string | null>(null);
  const preview = useQuery({
    ...trpc.catalogue.mergePreview.queryOptions({ survivorId: survivor.id, mergedId: mergedId ?? "" }),
    enabled: Boolean(mergedId),
    retry: false,
  });
  const merge = useMutation(
    trpc.catalogue.merge.mutationOptions({
      onSuccess: (r) => {
        toast.success(`Merged: ${plural(r.moved.annotations, "annotation")} and ${plural(r.moved.listItems, "list item")} moved here`);
        setText("");
        setMergedId(null);
        void queryClient.invalidateQueries({ queryKey: trpc.catalogue.paperHistory.queryKey() });
        router.refresh();
      },
    }),
  );

  function onPreview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    merge.reset();
    setMergedId(paperIdFrom(text) || null);
  }

  return (
    <section aria-labelledby="merge-heading" className="rounded-xl border border-line bg-surface p-4 shadow-xs sm:p-5" data-testid="merge-panel">
      <h2 id="merge-heading" className="flex items-center gap-2 font-medium text-ink">
        <GitMerge aria-hidden className="size-4 text-ink-subtle" /> Merge a duplicate into this paper
      </h2>
      <p className="mt-1 text-sm leading-relaxed text-ink-muted">
        The duplicate&rsquo;s annotations and their discussions, list items, upvotes (one per person), PDFs, tags and history move here; what this paper lacks
        is filled in from it. Its address then leads here. This cannot be undone.
      </p>
      <form onSubmit={onPreview} className="mt-4 flex flex-col gap-2 sm:flex-row sm:items-end">
        <FormField label="The duplicate's address or id" className="min-w-0 flex-1">
          <Input value={text} onChange={(e) => setText(e.target.value)} placeholder="https://…/papers/… or its id" className="font-mono text-[13px]" />
        </FormField>
        <Button type="submit" variant="secondary" disabled={!text.trim()}>
          Compare
        </Button>
      </form>
      {preview.error ? (
        <Alert variant="danger" className="mt-3">
          {formErrorOf(preview.error)}
        </Alert>
      ) : null}
      {preview.data ? (
        <div className="mt-4 grid gap-3">
          <div className="grid gap-3 sm:grid-cols-2">
            <Summary side={preview.data.survivor} role="Keep" />
            <Summary side={preview.data.merged} role="Merge into it" />
          </div>
          {merge.error ? <Alert variant="danger">{formErrorOf(merge.error)}</Alert> : null}
          <Button
            className="justify-self-start"
            variant="destructive"
            loading={merge.isPending}
            onClick={() => merge.mutate({ survivorId: survivor.id, mergedId: preview.data.merged.id })}
          >
            <GitMerge aria-hidden /> Merge into this paper
          </Button>
        </div>
      ) : null}
    </section>
  );
}
