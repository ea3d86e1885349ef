import { z } from "zod";

// Meilisearch filter expressions are a small language; user-supplied values must never be
// able to change its structure. Every string value is emitted as a double-quoted literal with
// `\` and `"` escaped, numbers are validated integers, and attribute names are fixed here.

export const searchFiltersSchema = z
  .object({
    yearFrom: z.number().int().min(0).max(9999).optional(),
    yearTo: z.number().int().min(0).max(9999).optional(),
    /** Any of these categories (OR). */
    categories: z.array(z.string().min(1).max(200)).max(50).optional(),
    /** Any of these authors (OR), exact names as indexed. */
    authors: z.array(z.string().min(1).max(300)).max(50).optional(),
    source: z.string().min(1).max(100).optional(),
  })
  .strict();

export type SearchFilters = z.infer<typeof searchFiltersSchema>;

/** A string as a Meilisearch filter literal: `"…"` with backslashes and quotes escaped. */
export function quoteFilterValue(value: string): string {
  // Control characters have no business in a facet value and some break the parser.
  const clean = value.replace(/[\u0000-\u001f\u007f]/g, " ");
  return `"${clean.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** Filters → Meilisearch filter clauses (the array form is AND-ed by Meilisearch). */
export function buildFilter(filters: SearchFilters = {}): string[] {
  const f = searchFiltersSchema.parse(filters);
  const clauses: string[] = [];
  if (f.yearFrom !== undefined) clauses.push(`year >= ${f.yearFrom}`);
  if (f.yearTo !== undefined) clauses.push(`year <= ${f.yearTo}`);
  if (f.categories?.length) clauses.push(`categories IN [${f.categories.map(quoteFilterValue).join(", ")}]`);
  if (f.authors?.length) clauses.push(`authors IN [${f.authors.map(quoteFilterValue).join(", ")}]`);
  if (f.source !== undefined) clauses.push(`source = ${quoteFilterValue(f.source)}`);
  return clauses;
}

/** Restricts a search to these papers (ids from PostgreSQL, e.g. the caller's papers with a tag); an empty set matches none. */
export function idsClause(ids: readonly string[]): string {
  return ids.length ? `id IN [${ids.map(quoteFilterValue).join(", ")}]` : `id = ""`;
}
