import { TRPCError } from "@trpc/server";
import type { Db } from "@commonplace/db";
import { detectFormat } from "@commonplace/formats";
import { classifyPaste, startIngestRun } from "../ingest/start-run.ts";
import { recordActivity, type ActivityList } from "../teams/activity.ts";
import { appendPapersLocked } from "./append.ts";
import { withListLock } from "./lock.ts";

// Importing BibTeX/RIS/CSL-JSON into a list goes through the ingestion pipeline (dedupe, metadata, search
// index) as an ordinary IngestRun; a ReadingListImport row ties the run to the list. When the run is DONE
// its papers are appended to the list, once (appliedAt is claimed with a compare-and-set), by whoever
// reads the list or polls the import first — so the worker needs no knowledge of lists.

export async function startListImport(db: Db, list: { id: string }, userId: string, file: { fileName: string; text: string }): Promise<{ runId: string }> {
  // Pasted DOIs, arXiv ids or URLs (one per line) are looked up like the import page's; anything else is a citation file.
  const pasted = classifyPaste(file.text);
  let runId: string;
  if ("identifiers" in pasted) {
    runId = (await startIngestRun(db, userId, pasted, "list-import")).runId;
  } else {
    const bytes = new TextEncoder().encode(file.text);
    const format = detectFormat(file.fileName, bytes);
    if (!["bibtex", "ris", "csl-json"].includes(String(format))) {
      throw new TRPCError({ code: "BAD_REQUEST", message: "Import BibTeX (.bib), RIS (.ris) or CSL-JSON (.json), or paste DOIs and arXiv ids, into a list." });
    }
    runId = (await startIngestRun(db, userId, { files: [{ fileName: file.fileName, bytes }] }, "list-import")).runId;
  }
  await db.readingListImport.create({ data: { runId, listId: list.id, userId } });
  return { runId };
}

/** Appends the papers of finished imports to the list; returns how many items were added. */
export async function applyFinishedImports(db: Db, list: ActivityList): Promise<number> {
  const pending = await db.readingListImport.findMany({
    where: { listId: list.id, appliedAt: null, run: { status: { in: ["DONE", "FAILED"] } } },
    select: { runId: true, userId: true },
  });
  let added = 0;
  for (const imp of pending) {
    added += await withListLock(db, list.id, async (tx) => {
      const claimed = await tx.readingListImport.updateMany({ where: { runId: imp.runId, appliedAt: null }, data: { appliedAt: new Date() } });
      if (claimed.count === 0) return 0;
      const results = await tx.ingestItem.findMany({
        where: { runId: imp.runId, outcome: { not: "FAILED" }, paperId: { not: null } },
        orderBy: { id: "asc" },
        select: { paperId: true },
      });
      const count = await appendPapersLocked(
        tx,
        list.id,
        imp.userId,
        results.map((r) => r.paperId!),
      );
      if (count) await recordActivity(tx, { actorId: imp.userId, verb: "items.imported", list, data: { count, runId: imp.runId } });
      return count;
    });
  }
  return added;
}
