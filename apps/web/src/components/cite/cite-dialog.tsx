"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Check, ClipboardCopy, Code2, FileCode2, FileJson, FileText } from "lucide-react";
import { useState } from "react";
import { Alert, Button, Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, Skeleton, toast } from "@commonplace/ui";
import { useTRPC } from "@/trpc/react";
import { formErrorOf } from "@/lib/trpc-errors";
import { downloadExport } from "@/lib/download";
import { StylePicker } from "./style-picker";
import { AddStyle } from "./add-style";
import { copyHtml } from "./copy-citation";
import { DEFAULT_STYLE, useStyleChoice } from "./use-style-choice";
import type { CiteTarget } from "./types";

const downloads = [
  { format: "bibtex", label: "BibTeX", Icon: FileCode2 },
  { format: "ris", label: "RIS", Icon: FileText },
  { format: "csl-json", label: "CSL-JSON", Icon: FileJson },
] as const;

/** The Cite dialog: a style picker (remembered), the formatted references, copy as text or HTML, downloads. */
export function CiteDialog({
  target,
  open,
  onOpenChange,
  signedIn,
}: {
  target: CiteTarget;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  signedIn: boolean;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [chosen, choose] = useStyleChoice();
  const [copied, setCopied] = useState<"text" | "html" | null>(null);
  const listRef = target.kind === "list" ? { listId: target.listId, shareToken: target.shareToken } : {};
  const styles = useQuery({ ...trpc.cite.styles.queryOptions(listRef), enabled: open });
  const known = styles.data?.styles ?? [];
  // A remembered style that is not available here (another team's, removed) falls back to APA.
  const style = !styles.data || known.some((s) => s.key === chosen) ? chosen : DEFAULT_STYLE;
  const cited = useQuery({
    ...(target.kind === "paper"
      ? trpc.cite.paper.queryOptions({ paperId: target.paperId, style })
      : trpc.cite.list.queryOptions({ listId: target.listId, shareToken: target.shareToken, style, ...(target.itemIds ? { itemIds: target.itemIds } : {}) })),
    enabled: open && Boolean(styles.data),
  });
  const result = cited.data;

  async function copy(kind: "text" | "html") {
    if (!result) return;
    try {
      if (kind === "text") await navigator.clipboard.writeText(result.bibliography.text);
      else await copyHtml(result.bibliography.html);
      setCopied(kind);
      window.setTimeout(() => setCopied(null), 1500);
    } catch {
      toast.error("Couldn’t copy", { description: "Your browser blocked clipboard access. Select the text instead." });
    }
  }

  async function download(format: (typeof downloads)[number]["format"]) {
    const paperId = target.kind === "paper" ? target.paperId : target.paperId;
    await downloadExport(
      () =>
        paperId
          ? queryClient.fetchQuery({ ...trpc.cite.exportPaper.queryOptions({ paperId, format }), staleTime: 0 })
          : queryClient.fetchQuery({ ...trpc.lists.export.queryOptions({ ...(listRef as { listId: string }), format }), staleTime: 0 }),
      "Couldn’t download the citation.",
    );
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="max-h-[calc(100dvh-2rem)] max-w-2xl overflow-y-auto" data-testid="cite-dialog">
        <DialogHeader>
          <DialogTitle>Cite</DialogTitle>
          <DialogDescription className="[overflow-wrap:anywhere]">
            {target.kind === "paper" || target.paperId ? target.title : target.itemIds ? `Items of “${target.title}”` : `All papers in “${target.title}”`}
          </DialogDescription>
        </DialogHeader>

        <StylePicker styles={known} value={style} onChange={choose} loading={styles.isPending} />

        <section aria-label="Formatted references" className="grid gap-2">
          <div
            className="max-h-72 min-h-16 overflow-y-auto rounded-md border border-line bg-paper-sunken p-3 font-serif text-[15px] leading-relaxed whitespace-pre-wrap text-ink [overflow-wrap:anywhere]"
            data-testid="cite-preview"
            aria-live="polite"
            aria-busy={cited.isFetching}
          >
            {result ? result.bibliography.text || "Nothing to cite yet." : cited.isError ? null : <Skeleton className="h-12 w-full" />}
          </div>
          {cited.isError ? <Alert variant="danger">{formErrorOf(cited.error) ?? "Couldn’t format these references."}</Alert> : null}
          {result?.citation.text ? (
            <p className="text-[13px] text-ink-muted [overflow-wrap:anywhere]">
              In the text:{" "}
              <span className="text-ink" data-testid="cite-in-text">
                {result.citation.text}
              </span>
            </p>
          ) : null}
        </section>

        <div className="flex flex-wrap gap-2">
          <Button type="button" size="sm" disabled={!result} onClick={() => void copy("text")}>
            {copied === "text" ? <Check aria-hidden /> : <ClipboardCopy aria-hidden />} {copied === "text" ? "Copied" : "Copy text"}
          </Button>
          <Button type="button" size="sm" variant="secondary" disabled={!result} onClick={() => void copy("html")}>
            {copied === "html" ? <Check aria-hidden /> : <Code2 aria-hidden />} {copied === "html" ? "Copied" : "Copy HTML"}
          </Button>
        </div>

        <div className="grid gap-2 border-t border-line pt-4">
          <h3 className="text-xs font-semibold tracking-wide text-ink-muted uppercase">Download</h3>
          <div className="flex flex-wrap gap-2">
            {downloads.map(({ format, label, Icon }) => (
              <Button key={format} type="button" size="sm" variant="secondary" onClick={() => void download(format)}>
                <Icon aria-hidden /> {label}
              </Button>
            ))}
          </div>
        </div>

        {signedIn ? <AddStyle team={target.kind === "list" ? (target.team ?? null) : null} onAdded={choose} /> : null}
      </DialogContent>
    </Dialog>
  );
}
