"use client";

import { Check, Copy } from "lucide-react";
import { Button, cn } from "@commonplace/ui";
import { useCopy } from "@/lib/use-copy";

/** A read-only value (a link, a token) with a Copy button beside it. */
export function CopyField({ value, label, className, testId }: { value: string; label: string; className?: string; testId?: string }) {
  const { copied, copy } = useCopy(value);
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
