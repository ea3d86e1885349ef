import Link from "next/link";
import { LogoMark } from "./logo";

export function SiteFooter() {
  return (
    <footer className="border-t border-line">
      <div className="mx-auto flex max-w-6xl flex-col gap-4 px-5 py-8 text-sm text-ink-muted sm:flex-row sm:items-center sm:justify-between sm:px-8">
        <div className="flex items-center gap-2">
          <LogoMark className="size-5" />
          <span>Commonplace — a shared commonplace book for research.</span>
        </div>
        <nav aria-label="Footer" className="flex gap-5">
          <Link className="hover:text-ink" href="/sign-in">
            Sign in
          </Link>
          <Link className="hover:text-ink" href="/sign-up">
            Create account
          </Link>
          <a className="hover:text-ink" href="/api/health">
            Status
          </a>
        </nav>
      </div>
    </footer>
  );
}
