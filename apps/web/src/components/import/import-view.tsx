"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useCallback, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { ClipboardPaste, History, Upload } from "lucide-react";
import { Card } from "@commonplace/ui";
import { FileDrop } from "./file-drop";
import { PasteForm } from "./paste-form";
import { IntoListPicker, useSendRunToList } from "./into-list";
import { RunPanel } from "./run-panel";
import { useTRPC } from "@/trpc/react";

/**
 * The import page: files on one side, pasted text on the other, and the run that was just started
 * below them. The run id lives in the URL (?run=…), so a reload or a shared link shows the same run.
 */
export function ImportView({ maxBytes }: { maxBytes: number }) {
  const searchParams = useSearchParams();
  const runId = searchParams.get("run");
  const trpc = useTRPC();
  // ?list=<id> (a list's "Import into this list"), or the list picked here: started imports go into it.
  const [intoListId, setIntoListId] = useState(() => searchParams.get("list") ?? "");
  const lists = useQuery(trpc.lists.mine.queryOptions({ scope: "all" }));
  const intoList = (lists.data ?? []).find((l) => l.id === intoListId) ?? null;
  const sendToList = useSendRunToList();

  const onStarted = useCallback(
    (id: string) => {
      if (intoList) sendToList(id, intoList);
      window.history.pushState(null, "", `/import?run=${encodeURIComponent(id)}`);
      // Move focus to the run (the button that started it may now be disabled), so keyboard and
      // screen-reader users land on its progress instead of the top of the page.
      window.setTimeout(() => {
        const section = document.getElementById("current-run");
        section?.focus({ preventScroll: true });
        section?.scrollIntoView({ behavior: "smooth", block: "start" });
      }, 50);
    },
    [intoList, sendToList],
  );

  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-8 sm:py-12">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="grid gap-1">
          <span className="text-sm font-medium text-ink-muted">Library</span>
          <span className="font-serif text-3xl font-semibold tracking-tight text-ink sm:text-[2.125rem]">Import papers</span>
        </h1>
        <Link href="/admin/ingest" className="inline-flex items-center gap-1.5 text-sm font-medium text-ink-muted hover:text-ink">
          <History aria-hidden className="size-4" /> Past imports
        </Link>
      </div>
      <p className="mt-3 max-w-2xl leading-relaxed text-ink-muted">
        Bring papers in from files or citations. Each one is matched against the library by arXiv id, DOI or title, so importing the same paper twice updates it
        rather than adding a copy.
      </p>

      <div className="mt-6">
        <IntoListPicker value={intoListId} onChange={setIntoListId} />
      </div>

      <div className="mt-6 grid gap-5 lg:grid-cols-2">
        <Card className="flex flex-col p-5 sm:p-6">
          <h2 className="flex items-center gap-2 text-[15px] font-semibold tracking-tight text-ink">
            <Upload aria-hidden className="size-4 text-ink-subtle" /> Upload files
          </h2>
          <p className="mt-1 mb-4 text-sm text-ink-muted">PDFs are read for their text; reference files for their metadata.</p>
          <FileDrop maxBytes={maxBytes} onStarted={onStarted} />
        </Card>
        <Card className="p-5 sm:p-6">
          <h2 className="flex items-center gap-2 text-[15px] font-semibold tracking-tight text-ink">
            <ClipboardPaste aria-hidden className="size-4 text-ink-subtle" /> Paste
          </h2>
          <p className="mt-1 mb-4 text-sm text-ink-muted">arXiv ids and URLs, DOIs, or a BibTeX, RIS or CSL-JSON export.</p>
          <PasteForm onStarted={onStarted} />
        </Card>
      </div>

      <section id="current-run" tabIndex={-1} aria-label="Current import" className="mt-8 scroll-mt-20 focus:outline-none">
        {runId ? <RunPanel key={runId} runId={runId} /> : null}
      </section>
    </div>
  );
}
