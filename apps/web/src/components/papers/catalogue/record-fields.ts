// How a paper's record fields read in the catalogue's pages (the admin review queue, a paper's history):
// the names of packages/catalogue RECORD_NAMES as people say them, and their values as text.

export const FIELD_LABELS: Record<string, string> = {
  title: "Title",
  authors: "Authors",
  abstract: "Abstract",
  publishedAt: "Published",
  doi: "DOI",
  arxivId: "arXiv id",
  year: "Year",
  categories: "Categories",
  journalRef: "Journal reference",
  venue: "Venue",
  latestVersion: "arXiv version",
  fullText: "Full text",
};

export function showValue(name: string, value: unknown): string {
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) return "—";
  if (Array.isArray(value)) return value.join(", ");
  if (name === "publishedAt" && typeof value === "string") return value.slice(0, 10);
  return String(value);
}

/** What a change's kind means, for its heading. */
export const KIND_LABELS: Record<string, string> = {
  created: "Added",
  import: "Updated by an import",
  fill: "Filled in by an import",
  accept: "Suggested change accepted",
  edit: "Corrected",
  revert: "Reverted",
  merge: "Duplicate merged in",
};
