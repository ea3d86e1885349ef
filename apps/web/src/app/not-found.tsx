import Link from "next/link";
import { Button } from "@commonplace/ui";
import { Logo } from "@/components/logo";

export default function NotFound() {
  return (
    <div className="flex min-h-dvh flex-col px-5 py-5 sm:px-8">
      <header>
        <Logo />
      </header>
      <main id="main" tabIndex={-1} className="flex flex-1 items-center justify-center focus:outline-none">
        <div className="max-w-md text-center">
          <p className="font-serif text-6xl font-semibold text-ink-subtle">404</p>
          <h1 className="mt-4 font-serif text-2xl font-semibold tracking-tight">This page isn&rsquo;t in the library</h1>
          <p className="mt-2 leading-relaxed text-ink-muted">
            The link may be old, or the page may have moved. Try your dashboard or search instead.
          </p>
          <div className="mt-6 flex justify-center gap-2">
            <Button asChild>
              <Link href="/dashboard">Go to dashboard</Link>
            </Button>
            <Button asChild variant="secondary">
              <Link href="/">Home</Link>
            </Button>
          </div>
        </div>
      </main>
    </div>
  );
}
