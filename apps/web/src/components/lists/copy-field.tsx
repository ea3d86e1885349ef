"use client";

import { useState } from "react";
import { Check, Copy } from "lucide-react";
import { Button, cn, toast } from "@commonplace/ui";

/** A read-only value (a link, a token) with a Copy button beside it. */
export function CopyField({ value, label, className, testId }: { value: string; label: string; className?: string; testId?: string }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 1500);
    } catch {
      toast.error("Couldn’t copy", { description: "Your browser blocked clipboard access. Select the text instead." });
    }
  }
  return (
    <div className={cn("flex items-center gap-2", className)}>
      <input
        readOnly
        value={value}
        aria-label={label}
        data-testid={testId}
        onFocus={(e) => e.currentTarget.select()}
        className="h-9 min-w-0 flex-1 rounded-md border border-line bg-paper-sunken px-3 font-mono text-[13px] text-ink focus-visible:border-accent focus-visible:ring-3 focus-visible:ring-accent/20 focus-visible:outline-none"
      />
      <Button type="button" variant="secondary" size="md" onClick={() => void copy()} aria-label={`Copy ${label}`}>
        {copied ? <Check aria-hidden className="text-success" /> : <Copy aria-hidden />}
        {copied ? "Copied" : "Copy"}
      </Button>
    </div>
  );
}
