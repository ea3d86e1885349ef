import type { ReactNode } from "react";
import { SiteShell } from "@/components/shell/site-shell";

// Anyone may open an invitation: visitors are asked to sign up or sign in, then come back here.
export default function Layout({ children }: { children: ReactNode }) {
  return <SiteShell>{children}</SiteShell>;
}
