import { ListTree } from "lucide-react";
import { sectionId } from "./reading-text";
import type { TextBlock } from "./text-blocks";

/** The full text's headings as links to their sections, folded until opened (one tap). */
export function TableOfContents({ text, headings }: { text: string; headings: readonly TextBlock[] }) {
  return (
    <details className="group mb-8 rounded-xl border border-line bg-surface px-4 py-3 font-sans text-sm" data-testid="table-of-contents">
      <summary className="flex cursor-pointer list-none items-center gap-2 font-medium text-ink select-none">
        <ListTree aria-hidden className="size-4 text-ink-subtle" /> Contents
        <span className="text-xs font-normal text-ink-subtle">({headings.length} sections)</span>
      </summary>
      <nav aria-label="Contents of the full text" className="mt-2">
        <ol className="grid gap-1">
          {headings.map((h) => (
            <li key={h.start} className={(h.level ?? 1) > 1 ? "pl-4" : undefined}>
              <a href={`#${sectionId(h)}`} className="text-ink-muted underline-offset-4 hover:text-accent hover:underline">
                {text.slice(h.start, h.end).replace(/\s+/g, " ")}
              </a>
            </li>
          ))}
        </ol>
      </nav>
    </details>
  );
}
