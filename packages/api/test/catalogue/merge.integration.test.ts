import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../../src/lib/services.ts";
import { as, outcome, paper, person, unique, type Person } from "../fixtures.ts";
import { rangeOf, textPaper, TEXT } from "../annotation-fixtures.ts";
import { rest } from "../security/http.ts";
import { paperPdfResponse } from "../../src/papers/pdf-http.ts";
import { DERIVED_PAPER_TABLES } from "@commonplace/catalogue";

// Issue 15.6: administrators merge duplicate papers. Everything that belongs to the duplicate moves to the
// paper kept (list items, annotation threads, upvotes without double votes, PDFs, tags, provenance); the
// duplicate's id leads to the survivor (tRPC, REST, chains of merges); the index drops it (outbox); and a
// failure part-way leaves both papers exactly as they were.

async function admin() {
  const p = await person("admin");
  await db().user.update({ where: { id: p.id }, data: { isAdmin: true } });
  return p;
}
const upvote = (who: Person, paperId: string) => as(who).upvotes.set({ paperId, upvoted: true });
const list = (owner: Person, title = `List ${unique()}`) => db().readingList.create({ data: { title, ownerId: owner.id, createdById: owner.id } });
const item = (listId: string, paperId: string, by: Person, note: string | null, tags: string[] = []) =>
  db().readingListItem.create({ data: { listId, paperId, position: `a${unique()}`, note, tags, addedById: by.id } });
const pdf = (paperId: string, uploader: Person) => {
  const bytes = Buffer.from(`%PDF-1.4\n${unique()}\n%%EOF\n`);
  return db().paperPdf.create({
    data: { paperId, uploaderId: uploader.id, fileName: "dup.pdf", size: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex"), bytes },
  });
};

async function snapshot(paperId: string) {
  const [paperRow, annotations, upvotes, items, pdfs, tags, changes] = await Promise.all([
    db().paper.findUnique({ where: { id: paperId } }),
    db().annotation.findMany({ where: { paperId }, orderBy: { id: "asc" }, select: { id: true, start: true, end: true, parentId: true } }),
    db().upvote.findMany({ where: { paperId }, orderBy: { userId: "asc" }, select: { userId: true } }),
    db().readingListItem.findMany({ where: { paperId }, orderBy: { id: "asc" }, select: { id: true, note: true, tags: true } }),
    db().paperPdf.count({ where: { paperId } }),
    db().paperTag.findMany({ where: { paperId }, orderBy: [{ userId: "asc" }, { tag: "asc" }], select: { userId: true, tag: true } }),
    db().paperChange.count({ where: { paperId } }),
  ]);
  return { paperRow, annotations, upvotes, items, pdfs, tags, changes };
}

/** Two duplicates with something of everything on them. */
async function duplicates() {
  const [root, ada, bob, cy] = [await admin(), await person("ada"), await person("bob"), await person("cy")];
  const survivor = await textPaper(TEXT);
  const merged = await textPaper(TEXT, { abstract: "The duplicate's abstract." });
  const doi = `10.5555/dup.${unique()}`;
  await db().paper.update({ where: { id: merged.id }, data: { doi, canonicalKey: `doi:${doi}`, venue: "NeurIPS" } });

  await upvote(ada, survivor.id);
  await upvote(ada, merged.id); // voted on both: keeps one vote
  await upvote(bob, merged.id);
  await upvote(cy, survivor.id);
  const both = await list(ada);
  await item(both.id, survivor.id, ada, "kept note", ["ml"]);
  await item(both.id, merged.id, ada, "duplicate note", ["nlp", "ml"]);
  const onlyMerged = await list(bob);
  await item(onlyMerged.id, merged.id, bob, null);
  const thread = await as(bob).annotations.create({ paperId: merged.id, target: rangeOf("the Transformer"), body: "on the duplicate", visibility: "PUBLIC" });
  const reply = await as(ada).annotations.reply({ id: thread.id, body: "a reply" });
  const kept = await as(cy).annotations.create({ paperId: survivor.id, target: rangeOf("machine translation"), body: "on the survivor", visibility: "PUBLIC" });
  await pdf(merged.id, bob);
  await db().paperTag.createMany({
    data: [
      { userId: ada.id, paperId: survivor.id, tag: "ml" },
      { userId: ada.id, paperId: merged.id, tag: "ml" },
      { userId: ada.id, paperId: merged.id, tag: "to-read" },
    ],
  });
  await db().paperChange.create({ data: { paperId: merged.id, kind: "created", format: "bibtex" } });
  return { root, ada, bob, cy, survivor, merged, doi, both, onlyMerged, thread, reply, kept };
}

describe("merging duplicate papers", () => {
  it("moves everything to the survivor, one vote per person, and the merged id leads there", async () => {
    const fx = await duplicates();
    const preview = await as(fx.root).catalogue.mergePreview({ survivorId: fx.survivor.id, mergedId: fx.merged.id });
    expect(preview.merged).toMatchObject({ id: fx.merged.id, doi: fx.doi, counts: { annotations: 2, listItems: 2, upvotes: 2, pdfs: 1 } });

    // Votes scored the duplicate (a derived row): the merge deletes it rather than refusing it as unmoved.
    expect(await db().trendingScore.count({ where: { paperId: fx.merged.id } })).toBe(1);
    const result = await as(fx.root).catalogue.merge({ survivorId: fx.survivor.id, mergedId: fx.merged.id });
    expect(result).toMatchObject({
      survivorId: fx.survivor.id,
      filled: ["abstract", "doi", "venue"],
      moved: { annotations: 2, upvotes: 1, pdfs: 1, listItems: 2 },
    });

    expect(await db().paper.findUnique({ where: { id: fx.merged.id } })).toBeNull();
    const after = await snapshot(fx.survivor.id);
    expect(after.paperRow).toMatchObject({ doi: fx.doi, venue: "NeurIPS", abstract: "The duplicate's abstract.", upvoteCount: 3 });
    expect(after.upvotes.map((u) => u.userId).sort()).toEqual([fx.ada.id, fx.bob.id, fx.cy.id].sort());
    expect(await db().upvote.count({ where: { userId: fx.ada.id, paperId: fx.survivor.id } })).toBe(1);
    expect((await as(fx.ada).discovery.paperStats({ paperId: fx.survivor.id })).upvotes).toBe(3);

    // The list that held both keeps one item with both notes and all tags; the other list's item moved.
    const folded = await db().readingListItem.findMany({ where: { listId: fx.both.id } });
    expect(folded).toHaveLength(1);
    expect(folded[0]).toMatchObject({ paperId: fx.survivor.id, note: "kept note\n\nduplicate note", tags: ["ml", "nlp"] });
    expect(await db().readingListItem.findFirst({ where: { listId: fx.onlyMerged.id } })).toMatchObject({ paperId: fx.survivor.id });

    // Threads move whole, still anchored (same text), with their replies.
    const ids = after.annotations.map((a) => a.id);
    expect(ids).toEqual(expect.arrayContaining([fx.thread.id, fx.reply.id, fx.kept.id]));
    expect(after.annotations.find((a) => a.id === fx.thread.id)).toMatchObject({ start: fx.thread.start, end: fx.thread.end });
    expect(after.annotations.find((a) => a.id === fx.reply.id)).toMatchObject({ parentId: fx.thread.id });
    const listed = await as(null).annotations.list({ paperId: fx.survivor.id });
    expect(JSON.stringify(listed)).toContain("on the duplicate");
    expect(after.pdfs).toBe(1);
    expect(after.tags).toEqual([
      { userId: fx.ada.id, tag: "ml" },
      { userId: fx.ada.id, tag: "to-read" },
    ]);

    // Provenance moved and the merge itself is in the history, with the duplicate named.
    const history = await as(null).catalogue.paperHistory({ paperId: fx.merged.id });
    expect(history.paperId).toBe(fx.survivor.id);
    expect(history.mergedFrom).toEqual([expect.objectContaining({ id: fx.merged.id, title: fx.merged.title })]);
    expect(history.changes[0]).toMatchObject({ kind: "merge", actor: { id: fx.root.id }, after: { doi: fx.doi, venue: "NeurIPS" } });
    expect(history.changes.some((c) => c.kind === "created" && c.source.format === "bibtex")).toBe(true);

    // The merged id leads to the survivor: tRPC, REST, and REST routes under /papers/{id}.
    expect((await as(null).papers.byId({ id: fx.merged.id })).id).toBe(fx.survivor.id);
    const viaRest = await rest(`/papers/${fx.merged.id}`);
    expect(viaRest.status).toBe(200);
    expect(((await viaRest.json()) as { id: string }).id).toBe(fx.survivor.id);
    const restAnnotations = await rest(`/papers/${fx.merged.id}/annotations`);
    expect(restAnnotations.status).toBe(200);
    expect(await restAnnotations.text()).toContain("on the duplicate");
    // The uploader's PDF, asked for by the merged id.
    expect((await paperPdfResponse(new Request(`http://test/api/papers/${fx.merged.id}/pdf`), fx.merged.id, fx.bob.id)).status).toBe(200);

    // The index drops the duplicate and refreshes the survivor (through the outbox).
    const outbox = await db().searchOutbox.findMany({
      where: { paperId: { in: [fx.merged.id, fx.survivor.id] }, processedAt: null },
      select: { paperId: true, op: true },
    });
    expect(outbox).toEqual(
      expect.arrayContaining([
        { paperId: fx.merged.id, op: "delete" },
        { paperId: fx.survivor.id, op: "upsert" },
      ]),
    );

    // Merging the survivor later: the first duplicate's id follows to the new survivor.
    const third = await paper();
    await as(fx.root).catalogue.merge({ survivorId: third.id, mergedId: fx.survivor.id });
    expect((await as(null).papers.byId({ id: fx.merged.id })).id).toBe(third.id);
    expect(await outcome(as(fx.root).catalogue.merge({ survivorId: third.id, mergedId: fx.merged.id }))).toBe("CONFLICT");
  });

  it("every declared derived table is keyed by a paperId that references Paper", async () => {
    const refs = await db().$queryRaw<{ table: string }[]>`
      SELECT c.conrelid::regclass::text AS table FROM pg_constraint c
      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
      WHERE c.contype = 'f' AND c.confrelid = '"Paper"'::regclass AND a.attname = 'paperId'`;
    const tables = new Set(refs.map((r) => r.table.replace(/^.*\./, "").replace(/"/g, "")));
    for (const table of DERIVED_PAPER_TABLES) expect(tables.has(table), table).toBe(true);
  });

  it("only administrators merge; bad pairs are refused", async () => {
    const root = await admin();
    const someone = await person("someone");
    const [a, b] = [await paper(), await paper()];
    expect(await outcome(as(someone).catalogue.merge({ survivorId: a.id, mergedId: b.id }))).toBe("FORBIDDEN");
    expect(await outcome(as(someone).catalogue.mergePreview({ survivorId: a.id, mergedId: b.id }))).toBe("FORBIDDEN");
    expect(await outcome(as(null).catalogue.merge({ survivorId: a.id, mergedId: b.id }))).toBe("UNAUTHORIZED");
    expect(await outcome(as(root).catalogue.merge({ survivorId: a.id, mergedId: a.id }))).toBe("BAD_REQUEST");
    expect(await outcome(as(root).catalogue.merge({ survivorId: a.id, mergedId: "no-such-paper" }))).toBe("NOT_FOUND");
    expect(await db().paper.count({ where: { id: { in: [a.id, b.id] } } })).toBe(2);
  });

  it("a failure part-way leaves both papers as they were", async () => {
    const fx = await duplicates();
    const before = { survivor: await snapshot(fx.survivor.id), merged: await snapshot(fx.merged.id) };
    // A table the merge does not know yet, referencing the duplicate: the merge must refuse rather than let the
    // delete cascade it away — after it has already moved everything else, so the whole transaction rolls back.
    const table = `merge_probe_${unique()}`;
    await db().$executeRawUnsafe(`CREATE TABLE "${table}" ("paperId" TEXT NOT NULL REFERENCES "Paper"(id) ON DELETE CASCADE)`);
    try {
      await db().$executeRawUnsafe(`INSERT INTO "${table}" VALUES ($1)`, fx.merged.id);
      expect(await outcome(as(fx.root).catalogue.merge({ survivorId: fx.survivor.id, mergedId: fx.merged.id }))).toBe("PRECONDITION_FAILED");
    } finally {
      await db().$executeRawUnsafe(`DROP TABLE "${table}"`);
    }
    expect(await snapshot(fx.survivor.id)).toEqual(before.survivor);
    expect(await snapshot(fx.merged.id)).toEqual(before.merged);
    expect(await db().paperRedirect.count({ where: { fromId: fx.merged.id } })).toBe(0);
    expect(await db().searchOutbox.count({ where: { paperId: fx.merged.id, op: "delete" } })).toBe(0);
  });

  it("re-anchors the duplicate's annotations only when the survivor's text differs", async () => {
    const root = await admin();
    const reader = await person("reader");
    const revised = `A preface in the published version.\n\n${TEXT}`;
    const survivor = await textPaper(revised);
    const merged = await textPaper(TEXT);
    const note = await as(reader).annotations.create({ paperId: merged.id, target: rangeOf("the Transformer"), body: "here", visibility: "PUBLIC" });
    const kept = await as(reader).annotations.create({ paperId: survivor.id, target: rangeOf("the Transformer", revised), body: "kept", visibility: "PUBLIC" });
    const keptBefore = await db().annotation.findUniqueOrThrow({ where: { id: kept.id } });
    await as(root).catalogue.merge({ survivorId: survivor.id, mergedId: merged.id });
    const moved = await db().annotation.findUniqueOrThrow({ where: { id: note.id } });
    expect(moved).toMatchObject({ paperId: survivor.id, anchorStatus: "ANCHORED" });
    expect(revised.slice(moved.start!, moved.end!)).toBe("the Transformer");
    expect(moved.start).toBeGreaterThan(note.start!);
    // The survivor's own annotations did not move: its text did not change.
    expect(await db().annotation.findUniqueOrThrow({ where: { id: kept.id } })).toMatchObject({ start: keptBefore.start, updatedAt: keptBefore.updatedAt });
  });
});
