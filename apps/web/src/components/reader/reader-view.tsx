"use client";

import { FileText, TextQuote } from "lucide-react";
import { useCallback, useEffect, useState } from "react";
import { cn } from "@commonplace/ui";

export type ReaderView = "text" | "pdf";

const VIEW_KEY = "commonplace.reader-view";

/** The reading view (text or PDF) for papers that have a PDF; the last one chosen is remembered on this device. */
export function useReaderView(hasPdf: boolean): [ReaderView, (view: ReaderView) => void] {
  const [chosen, setChosen] = useState<ReaderView>("text");
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a browser-only value (localStorage, URL, referrer) read after hydration, so the server and the first client render agree
    if (localStorage.getItem(VIEW_KEY) === "pdf") setChosen("pdf");
  }, []);
  const choose = useCallback((view: ReaderView) => {
    setChosen(view);
    localStorage.setItem(VIEW_KEY, view);
  }, []);
  return [hasPdf ? chosen : "text", choose];
}

const OPTIONS = [
  { view: "text", label: "Text", icon: TextQuote },
  { view: "pdf", label: "PDF", icon: FileText },
] as const;

/** A two-way segmented control: the extracted text, or the PDF's own pages. */
export function ReaderViewToggle({ view, onChange }: { view: ReaderView; onChange: (view: ReaderView) => void }) {
  return (
    <div role="group" aria-label="Reading view" className="inline-flex rounded-lg border border-line bg-paper-sunken p-0.5 font-sans text-xs font-medium">
      {OPTIONS.map(({ view: v, label, icon: Icon }) => (
        <button
          key={v}
          type="button"
          aria-pressed={view === v}
          onClick={() => onChange(v)}
          className={cn(
            "inline-flex h-7 items-center gap-1.5 rounded-md px-2.5 transition-colors",
            view === v ? "bg-surface text-ink shadow-xs ring-1 ring-line" : "text-ink-muted hover:text-ink",
          )}
        >
          <Icon aria-hidden className="size-3.5" /> {label}
        </button>
      ))}
    </div>
  );
}
