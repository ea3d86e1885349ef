"use client";

import { Toaster } from "@commonplace/ui";
import { useEffect, type ReactNode } from "react";
import { TRPCReactProvider } from "@/trpc/react";

export function Providers({ children }: { children: ReactNode }) {
  // Marks the document once React has hydrated (children's effects run first): end-to-end tests wait for it
  // before using keyboard shortcuts, which only exist after hydration.
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return (
    <TRPCReactProvider>
      {children}
      <Toaster />
    </TRPCReactProvider>
  );
}
