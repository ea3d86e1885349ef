"use client";

import { Toaster } from "@commonplace/ui";
import { Suspense, useEffect, type ReactNode } from "react";
import { NavigationMemory } from "@/components/papers/back-link";
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
      <Suspense fallback={null}>
        <NavigationMemory />
      </Suspense>
      <Toaster />
    </TRPCReactProvider>
  );
}
