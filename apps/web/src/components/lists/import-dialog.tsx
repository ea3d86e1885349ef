"use client";

import { useEffect, useImperativeHandle, useState, type ChangeEvent, type Ref } from "react";
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
import { uploadFiles } from "@/components/import/upload";
import { ProgressBar } from "./visibility-badge";

const TEXT_FILE = /\.(bib|bibtex|ris|json|txt)$/i;

/**
 * Paste DOIs, arXiv ids or URLs, BibTeX, RIS or CSL-JSON, or pick / drop files (PDFs too); the ingestion pipeline
 * adds the papers to the list. Files dropped anywhere on the list arrive through `handle` (list-view.tsx).
 */
export type ImportHandle = { takeDropped: (files: File[]) => void };

export function ImportDialog({
  listId,
  shareToken,
  onImported,
  handle,
}: {
  listId: string;
  shareToken?: string;
  onImported: () => void;
  handle?: Ref<ImportHandle>;
}) {
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const [fileName, setFileName] = useState("import.bib");
  const [runId, setRunId] = useState<string | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const start = useMutation(trpc.lists.importCitations.mutationOptions({ onSuccess: ({ runId }) => setRunId(runId) }));
  const attach = useMutation(trpc.lists.attachRun.mutationOptions());

  /** One citation file is read into the box (to check before importing); PDFs and several files are uploaded. */
  async function takeFiles(files: File[]) {
    setUploadError(null);
    if (files.length === 1 && TEXT_FILE.test(files[0]!.name)) {
      setFileName(files[0]!.name);
      setText(await files[0]!.text());
      return;
    }
    setUploading(true);
    try {
      const uploaded = await uploadFiles(files, () => undefined);
      if (!uploaded.ok) return setUploadError(uploaded.message);
      await attach.mutateAsync({ listId, shareToken, runId: uploaded.runId });
      setRunId(uploaded.runId);
    } catch (error) {
      setUploadError(formErrorOf(error) ?? "Couldn’t add the upload to this list.");
    } finally {
      setUploading(false);
    }
  }

  // Files dropped on the list arrive through the handle (an event, not an effect).
  useImperativeHandle(handle, () => ({ takeDropped: (files: File[]) => (setOpen(true), void takeFiles(files)) }));
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
    const files = [...(event.target.files ?? [])];
    if (files.length) await takeFiles(files);
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
          <Upload aria-hidden /> Add or import
        </Button>
      </DialogTrigger>
      <DialogContent className="max-w-xl">
        <DialogHeader>
          <DialogTitle>Add papers to this list</DialogTitle>
          <DialogDescription>
            Paste DOIs, arXiv ids or links (one per line), or BibTeX, RIS or CSL-JSON; or choose or drop files, PDFs included. Papers already on this server are
            matched; new ones are added to the library.
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
            <FormField label="Identifiers or citations">
              <Textarea
                value={text}
                onChange={(e) => setText(e.target.value)}
                rows={8}
                className="font-mono text-xs"
                placeholder={"10.48550/arXiv.1706.03762\narXiv:2401.00001\n\n@article{vaswani2017,\n  title = {Attention Is All You Need},\n  ...\n}"}
              />
            </FormField>
            <label className="inline-flex w-fit cursor-pointer items-center gap-2 rounded-md border border-dashed border-line-strong px-3 py-2 text-sm text-ink-muted hover:border-accent hover:text-accent has-[input:focus-visible]:outline-2 has-[input:focus-visible]:outline-ring">
              <FileUp aria-hidden className="size-4" /> Choose files (.bib, .ris, .json, PDF)
              <input
                type="file"
                multiple
                accept=".bib,.bibtex,.ris,.json,.pdf,application/pdf,text/plain"
                className="sr-only"
                onChange={(e) => void onFile(e)}
              />
            </label>
            {uploading ? <p className="text-sm text-ink-muted">Uploading…</p> : null}
            {formErrorOf(start.error) ? <Alert variant="danger">{formErrorOf(start.error)}</Alert> : null}
            {uploadError ? <Alert variant="danger">{uploadError}</Alert> : null}
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
