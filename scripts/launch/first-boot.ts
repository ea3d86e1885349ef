import type { Db } from "@commonplace/db";

/** Placeholder until the ingestion pipeline lands: reports whether the demo corpus is present. */
export async function ingestDigestOnFirstBoot(db: Db, _root: string, say: (m: string) => void): Promise<void> {
  const papers = await db.paper.count();
  say(`${papers} papers in the library`);
}
