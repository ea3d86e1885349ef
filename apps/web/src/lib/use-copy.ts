"use client";

import { useCallback, useState } from "react";
import { toast } from "@commonplace/ui";

/** Copies a value to the clipboard; `copied` stays true for a moment so the control can confirm it. */
export function useCopy(value: string) {
  const [copied, setCopied] = useState(false);
  const copy = useCallback(async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 1500);
    } catch {
      toast.error("Couldn’t copy", { description: "Your browser blocked clipboard access. Select the text instead." });
    }
  }, [value]);
  return { copied, copy };
}
