import Link from "next/link";
import { Search } from "lucide-react";
import { Button } from "@commonplace/ui";

/** The 404 of /u/<handle> and /t/<slug>, inside the site's header. */
export function PublicNotFound({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="mx-auto flex max-w-md flex-col items-center px-5 py-24 text-center" data-testid="public-not-found">
      <p className="font-serif text-6xl font-semibold text-ink-subtle">404</p>
      <h1 className="mt-4 font-serif text-2xl font-semibold tracking-tight text-ink">{title}</h1>
      <p className="mt-2 leading-relaxed text-ink-muted">{children}</p>
      <div className="mt-6 flex justify-center gap-2">
        <Button asChild>
          <Link href="/search">
            <Search aria-hidden /> Search papers
          </Link>
        </Button>
        <Button asChild variant="secondary">
          <Link href="/">Home</Link>
        </Button>
      </div>
    </div>
  );
}
