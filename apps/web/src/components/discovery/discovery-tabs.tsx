import Link from "next/link";
import { cn } from "@commonplace/ui";

const tabs = [
  { key: "trending", href: "/trending", label: "Trending" },
  { key: "daily", href: "/daily", label: "Daily" },
  { key: "newest", href: "/newest", label: "Newest" },
  { key: "categories", href: "/categories", label: "Categories" },
] as const;

export type DiscoveryTab = (typeof tabs)[number]["key"];

/** The ways to browse papers, as a row of tabs-like links (the current one marked). */
export function DiscoveryTabs({ current }: { current?: DiscoveryTab }) {
  return (
    <nav aria-label="Browse papers" className="mb-8 flex gap-1 overflow-x-auto border-b border-line">
      {tabs.map((t) => (
        <Link
          key={t.key}
          href={t.href}
          aria-current={t.key === current ? "page" : undefined}
          className={cn(
            "-mb-px shrink-0 border-b-2 px-3 py-2 text-sm font-medium transition-colors",
            t.key === current ? "border-accent text-ink" : "border-transparent text-ink-muted hover:text-ink",
          )}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
