/** A row of counts ("3 public lists · 12 papers read"), as a description list. */
export function Stats({ items, className }: { items: { label: string; value: number; singular?: string }[]; className?: string }) {
  return (
    // One column per count (not a fixed three), values aligned along the top whatever the labels' lengths.
    <dl
      className={`grid gap-px overflow-hidden rounded-xl border border-line bg-line ${className ?? ""}`}
      style={{ gridTemplateColumns: `repeat(${Math.max(1, items.length)}, minmax(0, 1fr))` }}
      data-testid="profile-stats"
    >
      {items.map(({ label, value, singular }) => (
        <div key={label} className="flex flex-col-reverse justify-end gap-0.5 bg-surface px-3 py-3 sm:px-4">
          <dt className="text-xs font-medium text-ink-muted">{value === 1 && singular ? singular : label}</dt>
          <dd className="font-serif text-2xl font-semibold text-ink tabular-nums">{value.toLocaleString("en-US")}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A section of a public page with its heading and an optional count. */
export function Section({
  id,
  title,
  count,
  children,
  aside,
}: {
  id: string;
  title: string;
  count?: number;
  children: React.ReactNode;
  aside?: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="grid content-start gap-4">
      <div className="flex items-baseline justify-between gap-3">
        <h2 id={id} className="font-serif text-xl font-semibold tracking-tight text-ink">
          {title}
          {count !== undefined ? <span className="ml-2 font-sans text-sm font-normal text-ink-muted tabular-nums">{count}</span> : null}
        </h2>
        {aside}
      </div>
      {children}
    </section>
  );
}
