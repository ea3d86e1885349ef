import Link from "next/link";
import { Button } from "@commonplace/ui";
import { Logo } from "../logo";

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-40 border-b border-line/70 bg-paper/85 backdrop-blur supports-[backdrop-filter]:bg-paper/70">
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-4 px-5 sm:px-8">
        <Logo />
        <nav aria-label="Main" className="ml-auto flex items-center gap-1 sm:gap-2">
          <a href="#features" className="hidden rounded-md px-3 py-1.5 text-sm text-ink-muted hover:text-ink sm:inline-block">
            Features
          </a>
          <Button asChild variant="ghost" size="sm">
            <Link href="/sign-in">Sign in</Link>
          </Button>
          <Button asChild size="sm">
            <Link href="/sign-up">Get started</Link>
          </Button>
        </nav>
      </div>
    </header>
  );
}
