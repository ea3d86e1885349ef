import type { ReactNode } from "react";
import { SiteShell } from "@/components/shell/site-shell";

// Public discovery pages (trending, daily, newest, categories): the same shell for visitors and members.
export default function Layout({ children }: { children: ReactNode }) {
  return <SiteShell>{children}</SiteShell>;
}
