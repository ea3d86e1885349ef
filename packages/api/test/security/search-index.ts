import { ensureIndex, toPaperDocument, upsertDocuments } from "@commonplace/search";
import { search } from "../../src/lib/services.ts";
import { paper } from "../fixtures.ts";

/** The papers index with one document (Meilisearch refuses attributesToSearchOn on an index with no fields yet). */
export async function searchableIndex(): Promise<void> {
  await ensureIndex(search());
  const row = await paper("Attention over long range dependencies");
  await upsertDocuments(search(), [
    toPaperDocument({
      id: row.id,
      title: row.title,
      abstract: "How transformers model dependencies between words.",
      authors: ["Ada Lovelace"],
      year: 2020,
      publishedAt: null,
      categories: ["cs.LG"],
      source: "test",
      upvotes: 0,
      arxivId: null,
    }),
  ]);
}
