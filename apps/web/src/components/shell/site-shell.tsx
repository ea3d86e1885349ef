import { Suspense, type ReactNode } from "react";
import { getCurrentUser } from "@/lib/current-user";
import { LazyAppHeader } from "./lazy-app-header";
import { VisitorHeader } from "./visitor-header";

/**
 * The shell of pages anyone may read (search, paper pages): the signed-in header for members,
 * a light one with "Sign in" for visitors. Signed-in-only pages use the (app) layout instead.
 */
export async function SiteShell({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  return (
    <div className="flex min-h-dvh flex-col">
      {user ? (
        <LazyAppHeader user={{ name: user.name, handle: user.handle, email: user.email, avatarUrl: user.avatarUrl ?? null }} />
      ) : (
        // useSearchParams (for the sign-in return address) needs a Suspense boundary.
        <Suspense fallback={<div className="h-14 border-b border-line" />}>
          <VisitorHeader />
        </Suspense>
      )}
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
    </div>
  );
}
