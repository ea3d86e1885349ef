import { readingMinutes, toBlocks, wordCount, type Block } from "./full-text";

/** Long texts are rendered in chunks the browser may skip laying out until they scroll near. */
const CHUNK = 24;

export function FullTextSection({ text }: { text: string }) {
  const blocks = toBlocks(text);
  const words = wordCount(text);
  const chunks: Block[][] = [];
  for (let i = 0; i < blocks.length; i += CHUNK) chunks.push(blocks.slice(i, i + CHUNK));

  return (
    <section aria-labelledby="full-text-title" className="mt-12" data-testid="paper-full-text">
      <div className="flex items-baseline justify-between gap-4 border-b border-line pb-2">
        <h2 id="full-text-title" className="text-xs font-semibold tracking-wide text-ink-muted uppercase">
          Full text
        </h2>
        <p className="text-xs text-ink-subtle tabular-nums">
          {words.toLocaleString("en-US")} words · about {readingMinutes(words)} min
        </p>
      </div>
      <div className="prose-reading mt-6 text-pretty">
        {chunks.map((chunk, i) => (
          <div key={i} className="[contain-intrinsic-size:auto_1600px] [content-visibility:auto]">
            {chunk.map((block, j) =>
              block.kind === "heading" ? (
                <h3 key={j} className="mt-10 mb-3 font-sans text-base font-semibold tracking-tight text-ink first:mt-0">
                  {block.text}
                </h3>
              ) : (
                <p key={j} className="mb-[1.1em] hyphens-auto">
                  {block.text}
                </p>
              ),
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
