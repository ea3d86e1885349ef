import { z } from "zod";
import type { Db, Prisma } from "@commonplace/db";
import { citableFromStored, toBibtex, toCslJson, toMarkdown, toRis, type CitablePaper } from "@commonplace/formats";
import { comparePositions } from "./positions.ts";

export const exportFormatSchema = z.enum(["bibtex", "ris", "csl-json", "markdown"]);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

export const FORMATS: Record<ExportFormat, { contentType: string; extension: string }> = {
  bibtex: { contentType: "application/x-bibtex; charset=utf-8", extension: "bib" },
  ris: { contentType: "application/x-research-info-systems; charset=utf-8", extension: "ris" },
  "csl-json": { contentType: "application/vnd.citationstyles.csl+json; charset=utf-8", extension: "json" },
  markdown: { contentType: "text/markdown; charset=utf-8", extension: "md" },
};

export const exportView = z.object({ format: exportFormatSchema, contentType: z.string(), filename: z.string(), body: z.string(), count: z.number().int() });
export type ExportView = z.infer<typeof exportView>;

/** What a citation needs of a stored paper (select), shared by list and library exports. */
export const citablePaperSelect = {
  id: true,
  title: true,
  year: true,
  doi: true,
  arxivId: true,
  venue: true,
  abstract: true,
  journalRef: true,
  publishedAt: true,
  citation: true,
  links: true,
  authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true } } } },
} as const satisfies Prisma.PaperSelect;

type CitableRow = Prisma.PaperGetPayload<{ select: typeof citablePaperSelect }>;

/** A stored paper as the formats package's citable record, with the exporter's note and keywords (tags). */
export function toCitable(p: CitableRow, extra: { note?: string | null; keywords?: string[] } = {}): CitablePaper {
  return citableFromStored({ ...p, authors: p.authors.map((a) => a.author.name) }, extra);
}

/** The list's papers in list order (with `tag`: only items carrying it), as the formats package's citable records. */
export async function listCitables(db: Db, listId: string, opts: { tag?: string } = {}): Promise<CitablePaper[]> {
  const items = await db.readingListItem.findMany({
    where: { listId, ...(opts.tag ? { tags: { has: opts.tag } } : {}) },
    select: { position: true, id: true, note: true, tags: true, paper: { select: citablePaperSelect } },
  });
  items.sort((a, b) => comparePositions(a.position, b.position) || comparePositions(a.id, b.id));
  // The list's team tags travel as keywords (issue 15.3); a reader's personal tags never go into a list's export.
  return items.map(({ paper, note, tags }) => toCitable(paper, { note, keywords: tags }));
}

export function slugFile(title: string): string {
  return (
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "reading-list"
  );
}

export async function exportList(
  db: Db,
  list: { id: string; title: string; description: string | null },
  format: ExportFormat,
  opts: { tag?: string } = {},
): Promise<ExportView> {
  return serializeCitables(await listCitables(db, list.id, opts), format, list.title);
}

/** Citable records in a format, as a download (lists and the library). */
export function serializeCitables(papers: CitablePaper[], format: ExportFormat, title: string): ExportView {
  const body =
    format === "bibtex"
      ? toBibtex(papers)
      : format === "ris"
        ? toRis(papers)
        : format === "csl-json"
          ? toCslJson(papers)
          : toMarkdown(papers, { heading: title });
  const { contentType, extension } = FORMATS[format];
  return { format, contentType, filename: `${slugFile(title)}.${extension}`, body, count: papers.length };
}
