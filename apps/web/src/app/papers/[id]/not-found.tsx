import Link from "next/link";
import { Search } from "lucide-react";
import { Button } from "@commonplace/ui";

export default function PaperNotFound() {
  return (
    <div className="mx-auto flex max-w-md flex-col items-center px-5 py-24 text-center" data-testid="paper-not-found">
      <p className="font-serif text-6xl font-semibold text-ink-subtle">404</p>
      <h1 className="mt-4 font-serif text-2xl font-semibold tracking-tight text-ink">We don&rsquo;t have this paper</h1>
      <p className="mt-2 leading-relaxed text-ink-muted">
        There&rsquo;s no paper with this address on this server. It may have been merged with another copy, or the link
        is mistyped. Search for it by title or author instead.
      </p>
      <div className="mt-6 flex justify-center gap-2">
        <Button asChild>
          <Link href="/search">
            <Search aria-hidden /> Search papers
          </Link>
        </Button>
        <Button asChild variant="secondary">
          <Link href="/import">Import a paper</Link>
        </Button>
      </div>
    </div>
  );
}
