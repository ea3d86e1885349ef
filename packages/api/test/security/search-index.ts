import { ensureIndex, toPaperDocument, upsertDocuments } from "@commonplace/search";
import { search } from "../../src/lib/services.ts";
import { paper } from "../fixtures.ts";

/**
 * The papers index with one document (Meilisearch refuses attributesToSearchOn on an index with no fields yet).
 * The index is shared by every integration file of a run: its words must not compete with other files'
 * relevance assertions (an "Attention …" placeholder outranked "Attention Is All You Need" in the REST test).
 */
export async function searchableIndex(): Promise<void> {
  await ensureIndex(search());
  const row = await paper("Placeholder record for security fixtures");
  await upsertDocuments(search(), [
    toPaperDocument({
      id: row.id,
      title: row.title,
      abstract: "Keeps the index's searchable fields defined.",
      authors: ["Fixture Placeholder"],
      year: 2020,
      publishedAt: null,
      categories: ["cs.LG"],
      source: "test",
      upvotes: 0,
      arxivId: null,
    }),
  ]);
}
