"use client";

import { useEffect, useState, type ChangeEvent } from "react";
import { useMutation, useQuery } from "@tanstack/react-query";
import { FileUp, Upload } from "lucide-react";
import {
  Alert,
  Button,
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
  FormField,
  Textarea,
} from "@commonplace/ui";
import { useTRPC } from "@/trpc/react";
import { formErrorOf } from "@/lib/trpc-errors";
import { ProgressBar } from "./visibility-badge";

/** Paste or pick a BibTeX / RIS file; the ingestion pipeline adds its papers to the list. */
export function ImportDialog({ listId, shareToken, onImported }: { listId: string; shareToken?: string; onImported: () => void }) {
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const [fileName, setFileName] = useState("import.bib");
  const [runId, setRunId] = useState<string | null>(null);
  const start = useMutation(trpc.lists.importCitations.mutationOptions({ onSuccess: ({ runId }) => setRunId(runId) }));
  const status = useQuery({
    ...trpc.lists.importStatus.queryOptions({ listId, shareToken, runId: runId ?? "" }),
    enabled: runId !== null,
    refetchInterval: (q) => (q.state.data && (q.state.data.status === "FAILED" || (q.state.data.status === "DONE" && q.state.data.applied)) ? false : 1000),
  });
  const done = status.data?.status === "DONE" && status.data.applied;

  useEffect(() => {
    if (done) onImported();
  }, [done, onImported]);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setFileName(file.name);
    setText(await file.text());
  }

  function reset() {
    setRunId(null);
    setText("");
    start.reset();
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next && (done || status.data?.status === "FAILED")) reset();
      }}
    >
      <DialogTrigger asChild>
        <Button variant="secondary" size="sm">
          <Upload aria-hidden /> Import
        </Button>
      </DialogTrigger>
      <DialogContent className="max-w-xl">
        <DialogHeader>
          <DialogTitle>Import citations</DialogTitle>
          <DialogDescription>
            Paste BibTeX or RIS, or choose a file. Papers already on this server are matched; new ones are added to the library.
          </DialogDescription>
        </DialogHeader>
        {runId ? (
          <div className="grid gap-3" aria-live="polite">
            {status.data ? (
              <>
                <p className="text-sm text-ink">
                  {status.data.status === "FAILED"
                    ? "The import failed."
                    : done
                      ? `Done: ${status.data.added} ${status.data.added === 1 ? "paper" : "papers"} added to the list.`
                      : `Importing… ${status.data.processed} of ${status.data.total || "?"} entries`}
                </p>
                <ProgressBar read={status.data.processed} total={Math.max(status.data.total, 1)} />
                {status.data.failed > 0 ? <p className="text-xs text-ink-muted">{status.data.failed} entries could not be read.</p> : null}
                {status.data.error ? <Alert variant="danger">{status.data.error}</Alert> : null}
              </>
            ) : (
              <p className="text-sm text-ink-muted">Queued…</p>
            )}
            <DialogFooter>
              <Button variant="secondary" onClick={reset} disabled={!done && status.data?.status !== "FAILED"}>
                Import more
              </Button>
              <Button onClick={() => setOpen(false)}>Close</Button>
            </DialogFooter>
          </div>
        ) : (
          <form
            className="grid gap-4"
            onSubmit={(e) => {
              e.preventDefault();
              start.mutate({ listId, shareToken, text, fileName });
            }}
          >
            <FormField label="Citations">
              <Textarea
                value={text}
                onChange={(e) => setText(e.target.value)}
                rows={8}
                className="font-mono text-xs"
                placeholder={"@article{vaswani2017,\n  title = {Attention Is All You Need},\n  ...\n}"}
              />
            </FormField>
            <label className="inline-flex w-fit cursor-pointer items-center gap-2 rounded-md border border-dashed border-line-strong px-3 py-2 text-sm text-ink-muted hover:border-accent hover:text-accent has-[input:focus-visible]:outline-2 has-[input:focus-visible]:outline-ring">
              <FileUp aria-hidden className="size-4" /> Choose a .bib or .ris file
              <input type="file" accept=".bib,.bibtex,.ris,.json,text/plain" className="sr-only" onChange={(e) => void onFile(e)} />
            </label>
            {formErrorOf(start.error) ? <Alert variant="danger">{formErrorOf(start.error)}</Alert> : null}
            <DialogFooter>
              <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
                Cancel
              </Button>
              <Button type="submit" disabled={text.trim() === ""} loading={start.isPending}>
                Import
              </Button>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
