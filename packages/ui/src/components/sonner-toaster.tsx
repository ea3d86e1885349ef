"use client";

import { Toaster as Sonner } from "sonner";
import { useTheme } from "./theme.tsx";

/** sonner's toaster, themed to match; announces toasts politely. Loaded lazily by `Toaster` (toast.tsx). */
export default function SonnerToaster() {
  const { resolvedTheme } = useTheme();
  return (
    <Sonner
      theme={resolvedTheme}
      position="bottom-right"
      closeButton
      containerAriaLabel="Notifications"
      toastOptions={{
        classNames: {
          toast: "!rounded-lg !border !border-line !bg-surface-raised !text-ink !shadow-lg !font-sans !text-sm !gap-2.5",
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
