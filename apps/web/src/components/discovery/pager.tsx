import Link from "next/link";
import { ArrowLeft, ArrowRight } from "lucide-react";

/** ?page=N from a page's search params: 1 when missing or not a sensible page number. */
export function pageNumber(value: string | string[] | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n >= 1 && n <= 500 ? n : 1;
}

const linkClass =
  "inline-flex h-9 items-center gap-1.5 rounded-lg border border-line bg-surface px-3 text-sm font-medium text-ink transition-colors hover:border-accent hover:text-accent";

/** Previous / next page links (`href(n)` builds page n's address). */
export function Pager({ page, hasMore, href, label = "Pages" }: { page: number; hasMore: boolean; href: (page: number) => string; label?: string }) {
  if (page === 1 && !hasMore) return null;
  return (
    <nav aria-label={label} className="mt-8 flex items-center justify-between gap-4 border-t border-line pt-6">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={linkClass}>
          <ArrowLeft aria-hidden className="size-4" /> Previous
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-ink-muted tabular-nums">Page {page}</span>
      {hasMore ? (
        <Link href={href(page + 1)} rel="next" className={linkClass}>
          Next <ArrowRight aria-hidden className="size-4" />
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
