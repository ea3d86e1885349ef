import type { ReactNode } from "react";
import { Logo } from "@/components/logo";
import { AuthAside } from "@/components/auth/auth-aside";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="grid min-h-dvh lg:grid-cols-[minmax(0,1fr)_minmax(0,1.05fr)]">
      <div className="flex flex-col px-5 py-5 sm:px-10 sm:py-7">
        <header>
          <Logo />
        </header>
        <main id="main" tabIndex={-1} className="flex flex-1 items-center justify-center py-10 focus:outline-none">
          <div className="w-full max-w-[22rem]">{children}</div>
        </main>
        <footer className="text-xs text-ink-subtle">Commonplace is self-hosted: your account lives on this server only.</footer>
      </div>
      <AuthAside />
    </div>
  );
}
