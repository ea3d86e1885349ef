"use client";

import { Toaster, TooltipProvider } from "@commonplace/ui";
import type { ReactNode } from "react";
import { TRPCReactProvider } from "@/trpc/react";

export function Providers({ children }: { children: ReactNode }) {
  return (
    <TRPCReactProvider>
      <TooltipProvider delayDuration={300}>
        {children}
        <Toaster />
      </TooltipProvider>
    </TRPCReactProvider>
  );
}
