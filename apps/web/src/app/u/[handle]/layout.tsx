import type { ReactNode } from "react";
import { SiteShell } from "@/components/shell/site-shell";

// Public: anyone may read a profile; members get their usual header.
export default function Layout({ children }: { children: ReactNode }) {
  return <SiteShell>{children}</SiteShell>;
}
