import type { CitablePaper } from "@commonplace/formats";
import { DEFAULT_SEED, generatePaper } from "./paper.ts";

// Synthetic references for the import/export bench: the arXiv corpus's papers (paper.ts) as a reading
// list would export them, with the constructs of issue 15 mixed in — a third are conference papers
// with volume and pages, a fifth journal articles with an issue, the rest arXiv preprints; every tenth
// has a corporate author, every seventh a math title, every ninth an accented author, all have keywords.

const CORPORATE = ["Gemini Team", "OpenAI", "ATLAS Collaboration", "BigScience Workshop"];
const VENUES = ["Advances in Neural Information Processing Systems", "Proceedings of ICML", "Proceedings of ACL"];
const JOURNALS = ["Journal of Machine Learning Research", "Transactions on Machine Learning Research", "Nature"];

export function syntheticReferences(count: number, seed = DEFAULT_SEED): CitablePaper[] {
  return Array.from({ length: count }, (_, i) => {
    const r = generatePaper(seed, i);
    const year = 2000 + Number(r.id.slice(0, 2));
    const authors = r.authors_parsed.map(([last, first]) => `${first} ${last}`.trim());
    if (i % 10 === 0) authors.splice(1, 0, CORPORATE[i % CORPORATE.length]!);
    if (i % 9 === 0 && authors[0]) authors[0] = authors[0].replace(/a/, "á").replace(/o/, "ö");
    const title = i % 7 === 0 ? `${r.title} in $\\mathcal{O}(\\sqrt{T})$ Rounds` : r.title;
    const p: CitablePaper = {
      id: `p${i}`,
      title,
      authors,
      year,
      publishedAt: `${year}-${r.id.slice(2, 4)}-${String(1 + (i % 28)).padStart(2, "0")}`,
      abstract: r.abstract,
      keywords: r.categories.split(" "),
      ...(r.doi ? { doi: r.doi } : {}),
    };
    if (i % 3 === 0) {
      return {
        ...p,
        venue: VENUES[i % VENUES.length]!,
        citation: { type: "paper-conference", volume: String(30 + (i % 8)), page: `${i % 900}-${(i % 900) + 12}` },
      };
    }
    if (i % 5 === 0) {
      const venue = JOURNALS[i % JOURNALS.length]!;
      return { ...p, venue, citation: { type: "article-journal", volume: String(1 + (i % 40)), issue: String(1 + (i % 12)), page: `${i}-${i + 20}` } };
    }
    return { ...p, arxivId: r.id, url: `https://arxiv.org/abs/${r.id}` };
  });
}
