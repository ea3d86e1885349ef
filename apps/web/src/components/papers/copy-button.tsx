"use client";

import { Check, Copy } from "lucide-react";
import { useCopy } from "@/lib/use-copy";

/** Copies a value (an identifier, a citation key) and confirms it briefly. */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const { copied, copy } = useCopy(value);
  return (
    <button
      type="button"
      onClick={() => void copy()}
      aria-label={copied ? `${label} copied` : `Copy ${label}`}
      title={`Copy ${label}`}
      className="inline-flex size-6 shrink-0 items-center justify-center rounded text-ink-subtle transition-colors hover:bg-paper-sunken hover:text-ink"
    >
      {copied ? <Check aria-hidden className="size-3.5 text-success" /> : <Copy aria-hidden className="size-3.5" />}
    </button>
  );
}
