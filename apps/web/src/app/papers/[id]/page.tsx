import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { FileUp, Library, MessageSquareText, Search } from "lucide-react";
import { Badge } from "@commonplace/ui";
import { AddToListSlot } from "@/components/papers/add-to-list-slot";
import { CiteButton } from "@/components/cite/cite-button";
import { BackLink } from "@/components/papers/back-link";
import { formatDate, plural } from "@/components/papers/format";
import { loadPaper } from "@/components/papers/load-paper";
import { PaperDetails } from "@/components/papers/paper-details";
import { PaperLinks, resolveLinks } from "@/components/papers/paper-links";
import { RecordActions } from "@/components/papers/catalogue/record-actions";
import { RelatedPapersSection } from "@/components/papers/related-papers";
import { AnnotatableDocument } from "@/components/reader/annotatable-document";
import { UpvoteButton } from "@/components/discovery/upvote-button";
import { categoryHref } from "@/components/discovery/categories";
import { JsonLd } from "@/components/json-ld";
import { scholarlyArticle } from "@/components/papers/scholarly-article";
import { annotationUnfurl } from "@/components/papers/annotation-unfurl";
import { absoluteUrl, siteUrl } from "@/lib/absolute-url";
import { getCurrentUser } from "@/lib/current-user";
import { Prefetched } from "@/trpc/prefetch";
import { getServerCaller } from "@/trpc/server";

type Props = { params: Promise<{ id: string }>; searchParams?: Promise<Record<string, string | string[] | undefined>> };

/** The query a merged duplicate's address keeps on its way to the survivor: ?list= and ?annotation= (a link). */
function keptQuery(query: Record<string, string | string[] | undefined> | undefined): string {
  const kept = new URLSearchParams();
  for (const key of ["list", "annotation"]) {
    const value = query?.[key];
    if (typeof value === "string") kept.set(key, value);
  }
  const text = kept.toString();
  return text ? `?${text}` : "";
}

function summary(text: string | null, max = 200): string | undefined {
  if (!text) return undefined;
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  return `${flat.slice(0, flat.lastIndexOf(" ", max - 1)).replace(/[,;:.]$/, "")}…`;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const paper = await loadPaper((await params).id);
  if (!paper) return { title: "Paper not found" };
  const description = summary(paper.abstract) ?? `${paper.title}${paper.authors.length ? ` by ${paper.authors.map((a) => a.name).join(", ")}` : ""}.`;
  const url = absoluteUrl(`/papers/${paper.id}`, await siteUrl());
  const shared = await annotationUnfurl(paper.id, (await searchParams)?.annotation, url); // a shared annotation's link (issue 16.2)
  return {
    title: paper.title,
    description,
    authors: paper.authors.map((a) => ({ name: a.name })),
    alternates: { canonical: url },
    openGraph: {
      type: "article",
      url,
      siteName: "Commonplace",
      title: paper.title,
      description,
      publishedTime: paper.publishedAt ?? undefined,
      authors: paper.authors.slice(0, 10).map((a) => a.name),
      tags: paper.categories,
    },
    twitter: { card: "summary", title: paper.title, description },
    ...shared,
  };
}

export default async function PaperPage({ params, searchParams }: Props) {
  const id = (await params).id;
  const paper = await loadPaper(id);
  const fromList = (await searchParams)?.list;
  if (!paper) notFound();
  // A merged duplicate's id (issue 15.6): the paper it was merged into, at its own address.
  if (paper.id !== id) permanentRedirect(`/papers/${paper.id}${keptQuery(await searchParams)}`);
  const [stats, me] = await Promise.all([(await getServerCaller()).discovery.paperStats({ paperId: paper.id }), getCurrentUser()]);

  const links = resolveLinks(paper.links, paper.identifiers);
  const dateLine = paper.publishedAt ? formatDate(paper.publishedAt) : paper.year ? String(paper.year) : null;

  return (
    <article className="mx-auto max-w-6xl px-4 pt-6 pb-20 sm:px-8 sm:pt-8" data-testid="paper-page">
      <JsonLd data={scholarlyArticle(paper, stats, await siteUrl())} />
      <BackLink listId={typeof fromList === "string" ? fromList : null} />

      <header className="mt-6 max-w-3xl">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2 text-[13px] text-ink-muted">
          {dateLine ? (
            <span data-testid="paper-date">
              Published <time dateTime={paper.publishedAt ?? String(paper.year)}>{dateLine}</time>
            </span>
          ) : (
            <span data-testid="paper-date">
              Added <time dateTime={paper.addedAt}>{formatDate(paper.addedAt.slice(0, 10))}</time> · publication date unknown
            </span>
          )}
          {paper.categories.length > 0 ? (
            <span className="flex flex-wrap gap-1">
              {paper.categories.map((c) => (
                <Link key={c} href={categoryHref(c)}>
                  <Badge variant="outline" className="font-normal transition-colors hover:border-accent hover:text-accent">
                    {c}
                  </Badge>
                </Link>
              ))}
            </span>
          ) : null}
        </div>

        <h1 className="mt-3 font-serif text-[1.875rem] leading-[1.15] font-semibold tracking-[-0.015em] text-balance text-ink sm:text-[2.5rem]">
          {paper.title}
        </h1>

        {paper.authors.length > 0 ? (
          <p className="mt-4 text-[15px] leading-relaxed text-ink-muted" data-testid="paper-authors">
            {paper.authors.map((author, i) => (
              <span key={`${author.name}-${i}`}>
                <Link
                  href={`/search?author=${encodeURIComponent(author.name)}`}
                  className="text-ink underline decoration-line-strong underline-offset-4 transition-colors hover:text-accent hover:decoration-accent"
                >
                  {author.name}
                </Link>
                {i < paper.authors.length - 1 ? ", " : ""}
              </span>
            ))}
          </p>
        ) : null}

        <div className="mt-6 flex flex-wrap items-center gap-2">
          <UpvoteButton paperId={paper.id} initial={{ upvoted: stats.upvoted, count: stats.upvotes }} signedIn={Boolean(me)} />
          <PaperLinks links={links} />
          {links.length === 0 ? (
            // A digest entry carries no identifier: the title is still enough to find the paper at the source.
            <a
              href={`https://arxiv.org/search/?query=${encodeURIComponent(paper.title)}&searchtype=title`}
              target="_blank"
              rel="noopener noreferrer"
              className="inline-flex h-8 items-center gap-1.5 rounded-md border border-line bg-surface px-3 text-sm text-ink hover:border-line-strong"
              data-testid="paper-link-find"
            >
              <Search aria-hidden className="size-3.5 text-ink-subtle" /> Find on arXiv
            </a>
          ) : null}
          <AddToListSlot paperId={paper.id} paperTitle={paper.title} />
          <CiteButton target={{ kind: "paper", paperId: paper.id, title: paper.title }} signedIn={Boolean(me)} />
        </div>
        <p className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-[13px] text-ink-muted" data-testid="paper-public-counts">
          <span className="inline-flex items-center gap-1.5">
            <MessageSquareText aria-hidden className="size-3.5" /> {plural(stats.publicAnnotations, "public annotation")}
          </span>
          <span className="inline-flex items-center gap-1.5">
            <Library aria-hidden className="size-3.5" /> On {plural(stats.publicLists, "public list")}
          </span>
        </p>
      </header>

      {/* Annotations (issue 5): the annotatable reader (abstract / full text as annotations.document gives it)
          and its discussion rail replace the static text column; the details card moves into that rail. */}
      {/* The reading text is fetched on the server and handed to the reader, so the abstract (and the text)
          are in the first HTML: readable without JavaScript and by crawlers. */}
      <Prefetched load={(trpc, qc) => qc.prefetchQuery(trpc.annotations.document.queryOptions({ paperId: paper.id }))}>
        <AnnotatableDocument
          paperId={paper.id}
          title={paper.title}
          abstract={paper.abstract}
          after={<RelatedPapersSection paperId={paper.id} />}
          details={
            <div className="rounded-xl border border-line bg-surface p-5 shadow-xs" aria-label="About this paper" role="region">
              <h2 className="mb-4 text-xs font-semibold tracking-wide text-ink-muted uppercase">About this paper</h2>
              <PaperDetails paper={paper} />
              <RecordActions paper={paper} signedIn={Boolean(me)} />
            </div>
          }
        >
          {paper.fullText ? null : (
            <aside className="mt-12 flex gap-3 rounded-xl border border-dashed border-line-strong p-5 text-sm leading-relaxed text-ink-muted">
              <FileUp aria-hidden className="mt-0.5 size-4 shrink-0 text-ink-subtle" />
              <p data-testid="no-full-text">
                The full text of this paper isn&rsquo;t on this server yet. {links.some((l) => l.key === "pdf") ? "Read the PDF at the source. " : null}
                {me ? (
                  <>
                    Import its PDF on the{" "}
                    <Link href="/import" className="font-medium text-accent underline-offset-4 hover:underline">
                      import page
                    </Link>{" "}
                    to read and annotate it here.
                  </>
                ) : (
                  <>
                    Members can import its PDF to read and annotate it here.{" "}
                    <Link
                      href={`/sign-in?callbackUrl=${encodeURIComponent(`/papers/${paper.id}`)}`}
                      className="font-medium text-accent underline-offset-4 hover:underline"
                    >
                      Sign in
                    </Link>
                  </>
                )}
              </p>
            </aside>
          )}
        </AnnotatableDocument>
      </Prefetched>
    </article>
  );
}
