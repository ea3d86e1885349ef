import Link from "next/link";
import { categoryGroup, categoryHref, categoryName } from "./categories";

type Count = { category: string; count: number };

/** One category as a link: its code, its arXiv name when known, and its number of papers. */
export function CategoryLink({ category, count }: Count) {
  const name = categoryName(category);
  return (
    <Link
      href={categoryHref(category)}
      className="group flex items-baseline justify-between gap-3 rounded-lg border border-line bg-surface px-3 py-2 transition-colors hover:border-accent"
    >
      <span className="min-w-0">
        <span className="font-mono text-[13px] text-ink group-hover:text-accent">{category}</span>
        {name ? <span className="ml-2 truncate text-sm text-ink-muted">{name}</span> : null}
      </span>
      <span className="shrink-0 text-xs text-ink-subtle tabular-nums">{count.toLocaleString("en-US")}</span>
    </Link>
  );
}

/** Categories grouped by arXiv archive (Computer Science, Statistics, …), biggest groups first. */
export function CategoryGrid({ counts }: { counts: Count[] }) {
  const groups = new Map<string, Count[]>();
  for (const c of counts) groups.set(categoryGroup(c.category), [...(groups.get(categoryGroup(c.category)) ?? []), c]);
  const ordered = [...groups].sort((a, b) => total(b[1]) - total(a[1]));
  return (
    <div className="grid gap-10">
      {ordered.map(([group, items]) => (
        <section key={group} aria-labelledby={`group-${slug(group)}`}>
          <h2 id={`group-${slug(group)}`} className="mb-3 flex items-baseline gap-2 text-sm font-semibold tracking-wide text-ink-muted uppercase">
            {group} <span className="font-normal normal-case tabular-nums">· {total(items).toLocaleString("en-US")}</span>
          </h2>
          <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {items.map((c) => (
              <li key={c.category}>
                <CategoryLink {...c} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

const total = (items: Count[]) => items.reduce((s, c) => s + c.count, 0);
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-");
