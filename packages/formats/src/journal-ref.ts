// Volume, issue and pages live in a paper's journal reference (Paper.journalRef), as arXiv gives them
// ("Phys. Rev. D 76, 013009 (2007)") and as imports write them ("Nature 521(7553):436–444"): one free-text
// field that readers understand, parsed back into BibTeX's volume/number/pages on export.

export interface CitationDetails {
  volume?: string;
  issue?: string;
  pages?: string;
}

/** "Nature 521(7553):436–444" from a venue and the details an import carried; undefined when there are none. */
export function formatJournalRef(venue: string | undefined, d: CitationDetails): string | undefined {
  if (!d.volume && !d.pages) return undefined;
  const vol = d.volume ? `${d.volume}${d.issue ? `(${d.issue})` : ""}` : "";
  const pages = d.pages ? d.pages.replace(/\s*-{1,2}\s*/g, "–") : "";
  const tail = vol && pages ? `${vol}:${pages}` : vol || `pp. ${pages}`;
  return venue ? `${venue} ${tail}` : tail;
}

const PAGES = String.raw`\w+(?:\s*[–—-]{1,2}\s*\w+)?`;
const FORMS: RegExp[] = [
  // "521(7553):436–444", "521:436-444", "9(8)": a volume with an issue or pages after it
  new RegExp(String.raw`(?:^|\s)(?<volume>\d{1,5})(?:\((?<issue>[\w.-]{1,12})\)(?::(?<pages>${PAGES}))?|:(?<pages2>${PAGES}))\s*$`, "u"),
  // "vol. 12, no. 3, pp. 100–120"
  new RegExp(String.raw`vol(?:ume)?\.?\s*(?<volume>\d{1,5})(?:,?\s*(?:no|issue)\.?\s*(?<issue>[\w.-]{1,12}))?(?:,?\s*pp?\.?\s*(?<pages>${PAGES}))?`, "iu"),
  // arXiv style "Phys. Rev. D 76, 013009 (2007)", "JHEP 05 (2019) 123"
  new RegExp(String.raw`\s(?<volume>\d{1,5}),\s*(?<pages>${PAGES})\s*\(\d{4}\)`, "u"),
  new RegExp(String.raw`\s(?<volume>\d{1,5})\s*\(\d{4}\)\s*(?<pages>${PAGES})\s*$`, "u"),
  // "pp. 100–120" alone
  new RegExp(String.raw`pp?\.\s*(?<pages>${PAGES})`, "iu"),
];

/** Volume, issue and pages read from a journal reference, in BibTeX's notation (page ranges with "--"). */
export function parseJournalRef(ref: string | null | undefined): CitationDetails {
  if (!ref) return {};
  for (const form of FORMS) {
    const g = form.exec(ref.trim())?.groups;
    if (!g) continue;
    const out: CitationDetails = {};
    if (g["volume"]) out.volume = g["volume"];
    if (g["issue"]) out.issue = g["issue"];
    const pages = g["pages"] ?? g["pages2"];
    if (pages) out.pages = pages.replace(/\s*[–—-]{1,2}\s*/g, "--");
    if (out.volume || out.pages) return out;
  }
  return {};
}
