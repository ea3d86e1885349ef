import { Suspense } from "react";
import { Sparkles } from "lucide-react";
import { PaperCardList } from "@/components/discovery/paper-card";
import { EmptyState, Section } from "@/components/discovery/section";
import { getServerCaller } from "@/trpc/server";

// Issue 16.6: similar papers from this library, below the paper's text. Streamed in its own Suspense boundary, so
// the paper renders first; an outage of the search service (503 from papers.related) is a note here, never an
// error page: the paper is still readable.

const TITLE = "Related papers";
const DESCRIPTION = "Similar papers in this library, found from this paper’s title and abstract.";

export function RelatedPapersSection({ paperId }: { paperId: string }) {
  return (
    <Suspense
      fallback={
        <Frame busy>
          <p className="px-1 py-6 text-sm text-ink-muted">Finding similar papers…</p>
        </Frame>
      }
    >
      <RelatedPapers paperId={paperId} />
    </Suspense>
  );
}

function Frame({ children, busy = false }: { children: React.ReactNode; busy?: boolean }) {
  return (
    <div className="mt-6 max-w-3xl" data-testid="related-papers" aria-busy={busy || undefined}>
      <Section
        id="related-title"
        title={
          <span className="inline-flex items-center gap-2">
            <Sparkles aria-hidden className="size-4 text-accent" /> {TITLE}
          </span>
        }
        description={DESCRIPTION}
      >
        {children}
      </Section>
    </div>
  );
}

async function RelatedPapers({ paperId }: { paperId: string }) {
  const caller = await getServerCaller();
  const result = await caller.papers.related({ paperId }).catch((error: unknown) => error as { code?: string });
  if (!("papers" in result)) {
    return (
      <Frame>
        <EmptyState>
          <span data-testid="related-unavailable">
            {result.code === "SERVICE_UNAVAILABLE"
              ? "Search is temporarily unavailable, so similar papers cannot be found right now. Try again in a moment."
              : "Similar papers could not be loaded just now. Try again in a moment."}
          </span>
        </EmptyState>
      </Frame>
    );
  }
  return (
    <Frame>
      {result.papers.length === 0 ? (
        <EmptyState>
          <span data-testid="related-empty">No similar papers in this library yet. As more papers are imported, the closest ones will show up here.</span>
        </EmptyState>
      ) : (
        <>
          <PaperCardList papers={result.papers} compact label={TITLE} />
          {result.stale ? (
            <p className="mt-3 text-xs text-ink-muted" data-testid="related-stale">
              Search is temporarily unavailable: this list is from an earlier search and may miss newer papers.
            </p>
          ) : null}
        </>
      )}
    </Frame>
  );
}
