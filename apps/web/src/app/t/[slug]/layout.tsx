import type { ReactNode } from "react";
import { SiteShell } from "@/components/shell/site-shell";

// Public: anyone may read a public team’s page; members get their usual header.
export default function Layout({ children }: { children: ReactNode }) {
  return <SiteShell>{children}</SiteShell>;
}
