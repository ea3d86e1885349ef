import Link from "next/link";
import type { ReactNode } from "react";
import { ArrowRight } from "lucide-react";

/** A titled block of the discovery pages with an optional "see all" link. */
export function Section({
  id,
  title,
  description,
  more,
  children,
  className,
}: {
  id: string;
  title: ReactNode;
  description?: ReactNode;
  more?: { href: string; label: string };
  children: ReactNode;
  className?: string;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <div className="mb-3 flex items-end justify-between gap-4 border-b border-line pb-3">
        <div>
          <h2 id={id} className="font-serif text-xl font-semibold tracking-tight text-ink">
            {title}
          </h2>
          {description ? <p className="mt-0.5 text-sm text-ink-muted">{description}</p> : null}
        </div>
        {more ? (
          <Link href={more.href} className="inline-flex shrink-0 items-center gap-1 text-sm font-medium text-accent hover:underline hover:underline-offset-4">
            {more.label} <ArrowRight aria-hidden className="size-3.5" />
          </Link>
        ) : null}
      </div>
      {children}
    </section>
  );
}

/** Page heading of the discovery pages. */
export function DiscoveryHeader({ eyebrow, title, children }: { eyebrow?: string; title: ReactNode; children?: ReactNode }) {
  return (
    <header className="mb-8">
      {eyebrow ? <p className="text-sm font-medium text-accent">{eyebrow}</p> : null}
      <h1 className="mt-1 font-serif text-3xl font-semibold tracking-tight text-balance text-ink sm:text-[2.25rem]">{title}</h1>
      {children ? <div className="mt-2 max-w-2xl text-[15px] leading-relaxed text-ink-muted">{children}</div> : null}
    </header>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="rounded-xl border border-dashed border-line-strong px-5 py-8 text-center text-sm text-ink-muted">{children}</p>;
}
