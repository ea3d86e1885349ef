"use client";

import { useRef, useState, type DragEvent } from "react";
import { AlertCircle, FileText, UploadCloud, X } from "lucide-react";
import { Alert, Button, cn } from "@commonplace/ui";
import { ACCEPTED_EXTENSIONS, MAX_FILES_PER_UPLOAD, formatBytes, totalUploadLimit } from "./limits";
import { PdfVisibility, type PdfChoice } from "./pdf-visibility";
import { uploadFiles } from "./upload";

type FileDropProps = {
  maxBytes: number;
  onStarted: (runId: string) => void;
};

function problemOf(file: File, maxBytes: number): string | null {
  if (file.size === 0) return "This file is empty.";
  if (file.size > maxBytes) return `Too large: ${formatBytes(file.size)}; the limit is ${formatBytes(maxBytes)} per file.`;
  return null;
}

/** Drag-and-drop (or browse) files, check their sizes here, then upload them as one import. */
export function FileDrop({ maxBytes, onStarted }: FileDropProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [dragging, setDragging] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pdf, setPdf] = useState<PdfChoice>({ visibility: "PRIVATE", team: null });

  const total = files.reduce((sum, f) => sum + f.size, 0);
  const problems = files.map((f) => problemOf(f, maxBytes));
  const batchProblem =
    files.length > MAX_FILES_PER_UPLOAD
      ? `Import at most ${MAX_FILES_PER_UPLOAD} files at a time.`
      : total > totalUploadLimit(maxBytes)
        ? `Together these files are ${formatBytes(total)}; one import can carry up to ${formatBytes(totalUploadLimit(maxBytes))}.`
        : null;
  const blocked = files.length === 0 || problems.some(Boolean) || Boolean(batchProblem);

  function add(list: FileList | null) {
    if (!list || list.length === 0) return;
    setError(null);
    setFiles((current) => {
      const seen = new Set(current.map((f) => `${f.name}:${f.size}`));
      return [...current, ...[...list].filter((f) => !seen.has(`${f.name}:${f.size}`))];
    });
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    add(event.dataTransfer.files);
  }

  async function submit() {
    if (blocked) return;
    setError(null);
    setProgress(0);
    const result = await uploadFiles(files, setProgress, undefined, pdf);
    setProgress(null);
    if (!result.ok) return setError(result.message);
    setFiles([]);
    onStarted(result.runId);
  }

  const uploading = progress !== null;

  return (
    <div className="flex flex-1 flex-col gap-4">
      <div
        onDragEnter={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragOver={(e) => e.preventDefault()}
        onDragLeave={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={onDrop}
        data-testid="file-drop"
        className={cn(
          "relative flex min-h-48 flex-1 flex-col items-center justify-center rounded-xl border-2 border-dashed px-6 py-9 text-center transition-colors",
          dragging ? "border-accent bg-accent-soft/50" : "border-line-strong bg-paper-sunken/40 hover:border-ink-subtle/60",
        )}
      >
        <span
          className={cn("inline-flex size-11 items-center justify-center rounded-full bg-surface-raised shadow-xs ring-1 ring-line", dragging && "text-accent")}
        >
          <UploadCloud aria-hidden className="size-5" />
        </span>
        <p className="mt-3 text-sm font-medium text-ink">
          {dragging ? "Drop to add" : "Drop files here, or "}
          {dragging ? null : (
            <button
              type="button"
              onClick={() => inputRef.current?.click()}
              className="font-medium text-accent underline-offset-4 hover:underline focus-visible:underline"
            >
              browse
            </button>
          )}
        </p>
        <p className="mt-1 max-w-xs text-xs leading-relaxed text-ink-muted">
          PDF, BibTeX, RIS, CSL-JSON, arXiv Atom or JSONL, and daily-digest text · up to {formatBytes(maxBytes)} each
        </p>
        <input
          ref={inputRef}
          type="file"
          multiple
          accept={ACCEPTED_EXTENSIONS.join(",")}
          onChange={(e) => {
            add(e.target.files);
            e.target.value = "";
          }}
          className="sr-only"
          aria-label="Choose files to import"
          tabIndex={-1}
        />
      </div>

      {files.length > 0 ? (
        <ul className="grid gap-1.5" aria-label="Files to import">
          {files.map((file, i) => (
            <li
              key={`${file.name}:${file.size}`}
              className={cn("flex items-center gap-3 rounded-lg border bg-surface-raised px-3 py-2", problems[i] ? "border-danger/40" : "border-line")}
            >
              <FileText aria-hidden className="size-4 shrink-0 text-ink-subtle" />
              <div className="min-w-0 flex-1">
                <p className="truncate text-sm text-ink">{file.name}</p>
                {problems[i] ? (
                  <p className="flex items-center gap-1 text-xs text-danger">
                    <AlertCircle aria-hidden className="size-3" /> {problems[i]}
                  </p>
                ) : (
                  <p className="text-xs text-ink-subtle tabular-nums">{formatBytes(file.size)}</p>
                )}
              </div>
              <Button
                variant="ghost"
                size="icon-sm"
                aria-label={`Remove ${file.name}`}
                disabled={uploading}
                onClick={() => setFiles((current) => current.filter((f) => f !== file))}
              >
                <X aria-hidden />
              </Button>
            </li>
          ))}
        </ul>
      ) : null}

      {batchProblem ? (
        <Alert variant="danger">
          <AlertCircle aria-hidden />
          <span>{batchProblem}</span>
        </Alert>
      ) : null}
      {error ? (
        <Alert variant="danger" data-testid="upload-error">
          <AlertCircle aria-hidden />
          <span>{error}</span>
        </Alert>
      ) : null}

      <PdfVisibility value={pdf} onChange={setPdf} disabled={uploading} />

      <div className="flex items-center justify-between gap-3">
        {uploading ? (
          <div className="flex flex-1 items-center gap-3" role="status" aria-live="polite">
            <div className="h-1.5 flex-1 overflow-hidden rounded-full bg-paper-sunken">
              <div className="h-full rounded-full bg-accent transition-[width]" style={{ width: `${Math.round((progress ?? 0) * 100)}%` }} />
            </div>
            <span className="text-xs text-ink-muted tabular-nums">Uploading {Math.round((progress ?? 0) * 100)}%</span>
          </div>
        ) : (
          <p className="text-xs text-ink-subtle">
            {files.length > 0 ? `${files.length} file${files.length === 1 ? "" : "s"} · ${formatBytes(total)}` : "No files chosen"}
          </p>
        )}
        <Button onClick={() => void submit()} disabled={blocked} loading={uploading}>
          Import {files.length > 1 ? `${files.length} files` : "file"}
        </Button>
      </div>
    </div>
  );
}
