"use client";

import { useCallback } from "react";
import { toast } from "@commonplace/ui";
import { formErrorOf } from "@/lib/trpc-errors";
import { isConflict } from "./labels";

/**
 * How list edits report failure: a stale edit (CONFLICT) becomes a toast with a Reload action that
 * fetches the other person's change; anything else, a toast with the server's message.
 */
export function useEditErrorToast(reload: () => void) {
  return useCallback(
    (error: unknown) => {
      if (isConflict(error)) {
        toast.error(formErrorOf(error) ?? "Someone else changed this item; reload to see their change.", {
          id: "list-conflict",
          duration: 12_000,
          action: { label: "Reload", onClick: reload },
        });
        return;
      }
      toast.error(formErrorOf(error) ?? "That didn’t work. Please try again.");
    },
    [reload],
  );
}
