import type { ReactNode } from "react";
import { SiteShell } from "@/components/shell/site-shell";

// Outside the signed-in group: PUBLIC lists, and UNLISTED ones with their secret link, are readable by anyone.
export default function Layout({ children }: { children: ReactNode }) {
  return <SiteShell>{children}</SiteShell>;
}
