"use client";

import { Toaster as Sonner, toast } from "sonner";
import { useTheme } from "./theme.tsx";

export { toast };

/** Place once in the root layout. Themed to match; announces toasts politely. */
export function Toaster() {
  const { resolvedTheme } = useTheme();
  return (
    <Sonner
      theme={resolvedTheme}
      position="bottom-right"
      closeButton
      containerAriaLabel="Notifications"
      toastOptions={{
        classNames: {
          toast:
            "!rounded-lg !border !border-line !bg-surface-raised !text-ink !shadow-lg !font-sans !text-sm !gap-2.5",
          title: "!font-medium",
          description: "!text-ink-muted",
          actionButton: "!bg-accent !text-accent-ink !rounded-md",
          cancelButton: "!bg-paper-sunken !text-ink-muted !rounded-md",
          closeButton: "!bg-surface-raised !border-line !text-ink-muted",
          error: "[&_[data-icon]]:!text-danger",
          success: "[&_[data-icon]]:!text-success",
        },
      }}
    />
  );
}
