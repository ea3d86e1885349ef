import type { ReactNode } from "react";
import { AppHeader } from "@/components/shell/app-header";
import { AppUrlNotice } from "@/components/shell/app-url-notice";
import { requireUser } from "@/lib/current-user";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  // Pages under this group also call requireUser(): layouts are not re-run on client navigations.
  const user = await requireUser();
  return (
    <div className="flex min-h-dvh flex-col">
      <AppHeader user={{ name: user.name, handle: user.handle, email: user.email, avatarUrl: user.avatarUrl ?? null }} />
      <AppUrlNotice admin={user.isAdmin} />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
    </div>
  );
}
