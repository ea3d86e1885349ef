import { escapeHtml } from "@commonplace/formats/markdown";

// The paper line shared by every feed's entries: authors and year, as HTML.

export const paperAuthorsSelect = { authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true } } } } } as const;

export interface PaperWithAuthors {
  year: number | null;
  authors: { author: { name: string } }[];
}

export function paperLineHtml(paper: PaperWithAuthors): string {
  const names = paper.authors.map((a) => a.author.name);
  const shown = names.length > 6 ? [...names.slice(0, 6), "et al."] : names;
  const parts = [shown.join(", "), paper.year ? String(paper.year) : ""].filter(Boolean);
  return parts.length ? `<p>${escapeHtml(parts.join(" · "))}</p>` : "";
}
