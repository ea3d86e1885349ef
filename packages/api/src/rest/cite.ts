import { z } from "zod";
import type { CitablePaper } from "@commonplace/formats";
import { defineRoute, TextBody } from "./route.ts";
import { AppError } from "../errors/index.ts";
import { exportFormatSchema, serializeCitables, slugFile, type ExportFormat } from "../lists/export.ts";
import { availableStyles, resolveStyle, styleKeySchema, styleSummary, type StyleScope } from "../cite/styles.ts";
import { citeCitables, paperCitable, type CiteView } from "../cite/cite.ts";
import type { Context } from "../trpc.ts";

// REST v1 for citations: a paper or a list as a download (BibTeX, RIS, CSL-JSON, Markdown) or, with
// ?style=, as a bibliography in a CSL style (text, or HTML with format=html).

export const citeFormatSchema = z.enum([...exportFormatSchema.options, "text", "html"]);

/** The query of an export that may also be styled: `format` and `style`. */
export const styledExportQuery = z.object({
  format: citeFormatSchema.optional().describe("bibtex (default), ris, csl-json, markdown; or text / html: a bibliography in `style`"),
  style: styleKeySchema
    .optional()
    .describe(
      "A citation style (apa, chicago, ieee, harvard, nature, acm, vancouver, mla, or one added by you or the team): answers a bibliography, text/plain or with format=html text/html",
    ),
});
type StyledExportQuery = z.output<typeof styledExportQuery>;

/** Media types a styled export may answer with, for the OpenAPI document. */
export const STYLED_EXPORT_TYPES = ["text/plain", "text/html"];

/** What a query asks for: a download in an export format, or a bibliography as text / html. */
export function requestedFormat(query: StyledExportQuery): { download: ExportFormat } | { styled: "text" | "html" } {
  const format = query.format ?? (query.style ? "text" : "bibtex");
  if (format === "text" || format === "html") return { styled: format };
  if (query.style) throw new AppError("invalid_input", "style: a style applies to format=text or format=html, not to downloads.", { field: "style" });
  return { download: format };
}

/** A formatted bibliography as a text/plain or text/html answer. */
export function citedBody(cited: CiteView, format: "text" | "html", title: string): TextBody {
  if (format === "text") return new TextBody(cited.bibliography.text ? `${cited.bibliography.text}\n` : "", "text/plain; charset=utf-8");
  // Served as an attachment: HTML from this origin is never rendered in a browser tab.
  return new TextBody(cited.bibliography.html, "text/html; charset=utf-8", `${slugFile(title)}-${cited.style.key}.html`);
}

/** The answer for papers in `query`'s format, styled when `style` (or format text/html) asks for it. */
export async function styledExport(ctx: Context, papers: CitablePaper[], query: StyledExportQuery, title: string, scope: StyleScope): Promise<TextBody> {
  const wanted = requestedFormat(query);
  if ("download" in wanted) {
    const out = serializeCitables(papers, wanted.download, title);
    return new TextBody(out.body, out.contentType, out.filename);
  }
  return citedBody(citeCitables(papers, await resolveStyle(ctx.db, query.style ?? "apa", scope)), wanted.styled, title);
}

export const citeRoutes = [
  defineRoute({
    method: "GET",
    path: "/citation-styles",
    summary: "The citation styles you may use with ?style= (built-in, yours and your teams')",
    tag: "citations",
    auth: "public",
    response: z.object({ styles: z.array(styleSummary) }),
    handle: async ({ ctx }) => ({ styles: await availableStyles(ctx.db, { userId: ctx.user?.id ?? null }) }),
  }),
  defineRoute({
    method: "GET",
    path: "/papers/{id}/export",
    summary: "One paper as BibTeX, RIS, CSL-JSON or Markdown, or with ?style= as a formatted reference",
    tag: "citations",
    auth: "public",
    query: styledExportQuery,
    produces: [
      "application/x-bibtex",
      "application/x-research-info-systems",
      "application/vnd.citationstyles.csl+json",
      "text/markdown",
      ...STYLED_EXPORT_TYPES,
    ],
    response: z.string(),
    handle: async ({ ctx, params, query }) => {
      const paper = await paperCitable(ctx.db, params.id!);
      return styledExport(ctx, [paper], query, paper.title, { userId: ctx.user?.id ?? null });
    },
  }),
];
