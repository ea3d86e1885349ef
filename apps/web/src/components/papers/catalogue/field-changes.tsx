import { FIELD_LABELS, showValue } from "./record-fields";

/**
 * What a change (or a suggestion) does to each field: the old value, struck through, above the new one.
 * Stacked rather than in columns, so long abstracts and author lists read on a phone too.
 */
export function FieldChanges({
  before,
  after,
  beforeLabel = "Before",
  afterLabel = "After",
}: {
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  beforeLabel?: string;
  afterLabel?: string;
}) {
  const names = Object.keys(after);
  if (names.length === 0) return null;
  return (
    <dl className="mt-3 grid gap-3 text-sm">
      {names.map((name) => (
        <div key={name} className="grid gap-1 sm:grid-cols-[9rem_minmax(0,1fr)] sm:gap-3" data-testid="field-change" data-field={name}>
          <dt className="text-xs font-medium text-ink-subtle sm:pt-0.5">{FIELD_LABELS[name] ?? name}</dt>
          <dd className="grid min-w-0 gap-1">
            <span className="line-clamp-4 break-words text-ink-muted">
              <span className="sr-only">{beforeLabel}: </span>
              {showValue(name, before[name]) === "—" ? (
                <span className="text-ink-subtle italic">empty</span>
              ) : (
                <del className="decoration-line-strong">{showValue(name, before[name])}</del>
              )}
            </span>
            <span className="line-clamp-6 break-words text-ink">
              <span className="sr-only">{afterLabel}: </span>
              {showValue(name, after[name])}
            </span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
