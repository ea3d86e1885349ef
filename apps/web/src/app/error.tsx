"use client";

import { Button } from "@commonplace/ui";

// Shown when a page throws while rendering; the root layout (fonts, theme) stays in place.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" tabIndex={-1} className="flex min-h-dvh items-center justify-center px-5 focus:outline-none">
      <div className="max-w-md text-center">
        <h1 className="font-serif text-2xl font-semibold tracking-tight">Something went wrong</h1>
        <p className="mt-2 leading-relaxed text-ink-muted">
          We couldn&rsquo;t load this page. Try again in a moment; if it keeps happening, tell whoever runs this server
          {error.digest ? (
            <>
              {" "}
              and mention the code <code className="rounded bg-paper-sunken px-1 py-0.5 text-[13px]">{error.digest}</code>
            </>
          ) : null}
          .
        </p>
        <Button className="mt-6" onClick={reset}>
          Try again
        </Button>
      </div>
    </main>
  );
}
