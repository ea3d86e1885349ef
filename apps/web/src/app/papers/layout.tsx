import type { ReactNode } from "react";
import { SiteShell } from "@/components/shell/site-shell";

// Public: visitors can search and read papers; members get their usual header.
export default function Layout({ children }: { children: ReactNode }) {
  return <SiteShell>{children}</SiteShell>;
}
