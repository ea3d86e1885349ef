import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { ArrowLeft } from "lucide-react";
import { loadPaper } from "@/components/papers/load-paper";
import { PaperHistory } from "@/components/papers/catalogue/paper-history";
import { MergePanel } from "@/components/papers/catalogue/merge-panel";
import { getServerCaller } from "@/trpc/server";
import { Prefetched } from "@/trpc/prefetch";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const paper = await loadPaper((await params).id);
  return { title: paper ? `History · ${paper.title}` : "Paper not found", robots: { index: false } };
}

/** A paper's record over time (issue 15.6): every change with its source, suggestions waiting, revert and merge for administrators. */
export default async function PaperHistoryPage({ params }: Props) {
  const id = (await params).id;
  const paper = await loadPaper(id);
  if (!paper) notFound();
  if (paper.id !== id) permanentRedirect(`/papers/${paper.id}/history`);
  const record = await (await getServerCaller()).catalogue.paperHistory({ paperId: paper.id });

  return (
    <div className="mx-auto max-w-4xl px-4 pt-6 pb-20 sm:px-8 sm:pt-8" data-testid="paper-history-page">
      <Link href={`/papers/${paper.id}`} className="inline-flex items-center gap-1.5 text-sm text-ink-muted hover:text-ink">
        <ArrowLeft aria-hidden className="size-4" /> Back to the paper
      </Link>
      <h1 className="mt-5 grid gap-1">
        <span className="text-sm font-medium text-ink-muted">History of the record</span>
        <span className="font-serif text-2xl leading-tight font-semibold tracking-tight text-balance text-ink sm:text-[2rem]">{paper.title}</span>
      </h1>
      <p className="mt-3 max-w-2xl text-[15px] leading-relaxed text-ink-muted">
        Every change to this paper&rsquo;s title, authors, date, venue, identifiers, abstract or text, newest first, with where it came from.
        {record.canReview ? " You can revert any change; a revert is itself recorded." : " Anyone signed in can suggest a correction on the paper's page."}
      </p>
      <Prefetched load={(trpc, qc) => qc.prefetchQuery(trpc.catalogue.paperHistory.queryOptions({ paperId: paper.id }))}>
        <div className="mt-8 grid gap-10">
          <PaperHistory paperId={paper.id} />
          {record.canMerge ? <MergePanel survivor={{ id: paper.id, title: paper.title }} /> : null}
        </div>
      </Prefetched>
    </div>
  );
}
