"use client";

import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { FileUp } from "lucide-react";
import { Alert, Button, Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger, FormField } from "@commonplace/ui";
import { Select } from "@/components/lists/select";
import { formErrorOf } from "@/lib/trpc-errors";
import { useTRPC } from "@/trpc/react";

const MAX_BYTES = 5_000_000;

/** Import a W3C Web Annotation JSON-LD file into this paper as one's own annotations, each re-anchored on its text. */
export function ImportAnnotationsDialog({ paperId, teams }: { paperId: string; teams: { slug: string; name: string }[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [scope, setScope] = useState("PRIVATE");
  const run = useMutation(
    trpc.annotations.import.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.annotations.pathKey() }),
    }),
  );
  const reset = () => {
    setFile(null);
    setFileError(null);
    run.reset();
  };

  async function choose(picked: File | undefined) {
    reset();
    if (!picked) return;
    if (picked.size > MAX_BYTES) return setFileError(`${picked.name} is ${(picked.size / 1e6).toFixed(1)} MB: at most 5 MB can be imported at once.`);
    const text = await picked.text();
    if (text.trim().length < 2) return setFileError(`${picked.name} is empty.`);
    setFile({ name: picked.name, text });
  }

  const result = run.data;
  const failed = result?.outcomes.filter((o) => !o.ok) ?? [];
  const attention = result?.outcomes.filter((o) => o.ok && o.status !== "ANCHORED").length ?? 0;
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) reset();
      }}
    >
      <DialogTrigger asChild>
        <Button variant="ghost" size="sm" data-testid="annotations-import">
          <FileUp aria-hidden /> Import
        </Button>
      </DialogTrigger>
      <DialogContent className="max-w-lg">
        <DialogHeader>
          <DialogTitle>Import annotations</DialogTitle>
          <DialogDescription>
            A W3C Web Annotation file (JSON-LD, as Commonplace and Hypothesis-style tools export it). Each highlight is found again in this paper’s text; what
            cannot be placed is kept and listed under “needs attention”.
          </DialogDescription>
        </DialogHeader>
        <form
          className="grid gap-4"
          onSubmit={(e) => {
            e.preventDefault();
            if (!file) return;
            const team = scope.startsWith("team:") ? scope.slice(5) : undefined;
            run.mutate({ paperId, json: file.text, visibility: team ? "TEAM" : (scope as "PRIVATE" | "PUBLIC"), ...(team ? { teamSlug: team } : {}) });
          }}
        >
          <FormField label="File">
            <input
              type="file"
              accept=".jsonld,.json,application/ld+json,application/json"
              aria-label="Annotation file (W3C JSON-LD)"
              data-testid="annotations-import-file"
              onChange={(e) => void choose(e.target.files?.[0])}
              className="block w-full min-w-0 text-sm text-ink-muted file:mr-3 file:rounded-md file:border file:border-line-strong file:bg-surface-raised file:px-3 file:py-1.5 file:text-sm file:text-ink"
            />
          </FormField>
          <FormField label="Visible to">
            <Select value={scope} onChange={(e) => setScope(e.target.value)} aria-label="Visible to" className="w-full">
              <option value="PRIVATE">Only me</option>
              {teams.map((t) => (
                <option key={t.slug} value={`team:${t.slug}`}>
                  {t.name}
                </option>
              ))}
              <option value="PUBLIC">Everyone (public)</option>
            </Select>
          </FormField>
          {fileError ? <Alert variant="danger">{fileError}</Alert> : null}
          {run.error ? (
            <Alert variant="danger" data-testid="annotations-import-error">
              {formErrorOf(run.error, "Couldn’t import this file.")}
            </Alert>
          ) : null}
          {result ? (
            <Alert variant={failed.length ? "info" : "success"} data-testid="annotations-import-result">
              Imported {result.created} {result.created === 1 ? "annotation" : "annotations"}
              {attention ? `; ${attention} could not be placed with confidence (see “needs attention”)` : ""}.
              {failed.length ? (
                <ul className="mt-2 list-disc pl-4 text-xs [overflow-wrap:anywhere]">
                  {failed.slice(0, 5).map((o) => (
                    <li key={o.ref}>
                      {o.ref}: {o.error}
                    </li>
                  ))}
                  {failed.length > 5 ? <li>and {failed.length - 5} more refused</li> : null}
                </ul>
              ) : null}
            </Alert>
          ) : null}
          <DialogFooter>
            <Button type="submit" disabled={!file || run.isPending} loading={run.isPending}>
              Import
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
