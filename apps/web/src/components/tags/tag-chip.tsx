import Link from "next/link";
import { Tag, X } from "lucide-react";
import { cn } from "@commonplace/ui";

/** One tag: a link (to what carries it) and, when editable, a remove button. Long names wrap inside the chip. */
export function TagChip({
  tag,
  href,
  onRemove,
  active,
  className,
}: {
  tag: string;
  href?: string;
  onRemove?: () => void;
  active?: boolean;
  className?: string;
}) {
  const body = (
    <>
      <Tag aria-hidden className="size-3 shrink-0" />
      <span className="min-w-0 break-words">{tag}</span>
    </>
  );
  return (
    <span
      data-testid="tag-chip"
      className={cn(
        "inline-flex max-w-full items-center gap-1 rounded-full border px-2 py-0.5 text-xs leading-4",
        active ? "border-transparent bg-accent-soft text-accent-soft-ink" : "border-line-strong text-ink-muted",
        className,
      )}
    >
      {href ? (
        <Link href={href} className="inline-flex min-w-0 items-center gap-1 hover:text-accent">
          {body}
        </Link>
      ) : (
        body
      )}
      {onRemove ? (
        <button type="button" onClick={onRemove} aria-label={`Remove tag ${tag}`} className="-mr-1 rounded-full p-0.5 hover:bg-paper-sunken hover:text-ink">
          <X aria-hidden className="size-3" />
        </button>
      ) : null}
    </span>
  );
}

/** Tag names typed as "a, b; c" → names (the server normalises and validates them). */
export function splitTagInput(raw: string): string[] {
  return [
    ...new Set(
      raw
        .split(/[,;]/)
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}
