import { absoluteUrl } from "@/lib/absolute-url";
import type { LoadedPaper } from "./load-paper";

export type PaperStats = { upvotes: number; publicAnnotations: number; publicLists: number };

/** schema.org ScholarlyArticle for a paper page (what search engines and scholarly crawlers read). */
export function scholarlyArticle(paper: LoadedPaper, stats: PaperStats, base: string) {
  const url = absoluteUrl(`/papers/${paper.id}`, base);
  const { arxiv, doi } = paper.identifiers;
  const identifier = [
    arxiv ? { "@type": "PropertyValue", propertyID: "arXiv", value: arxiv } : null,
    doi ? { "@type": "PropertyValue", propertyID: "DOI", value: doi } : null,
  ].filter(Boolean);
  const sameAs = [arxiv ? `https://arxiv.org/abs/${arxiv}` : null, doi ? `https://doi.org/${doi}` : null].filter(Boolean);
  return {
    "@context": "https://schema.org",
    "@type": "ScholarlyArticle",
    "@id": url,
    url,
    mainEntityOfPage: url,
    name: paper.title,
    headline: paper.title.slice(0, 110),
    author: paper.authors.map((a) => ({ "@type": "Person", name: a.name })),
    ...(paper.publishedAt ? { datePublished: paper.publishedAt } : paper.year ? { datePublished: String(paper.year) } : {}),
    ...(paper.abstract ? { abstract: paper.abstract } : {}),
    ...(paper.categories.length ? { keywords: paper.categories.join(", ") } : {}),
    ...(identifier.length ? { identifier } : {}),
    ...(sameAs.length ? { sameAs } : {}),
    ...(paper.venue || paper.journalRef ? { isPartOf: { "@type": "Periodical", name: paper.venue ?? paper.journalRef } } : {}),
    interactionStatistic: [
      { "@type": "InteractionCounter", interactionType: "https://schema.org/LikeAction", userInteractionCount: stats.upvotes },
      { "@type": "InteractionCounter", interactionType: "https://schema.org/CommentAction", userInteractionCount: stats.publicAnnotations },
    ],
  };
}
