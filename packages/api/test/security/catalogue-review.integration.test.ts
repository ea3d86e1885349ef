import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../../src/lib/services.ts";
import { servePaperPdf } from "../../src/papers/pdf.ts";
import { as, outcome, person, team } from "../fixtures.ts";
import { rangeOf, textPaper, TEXT } from "../annotation-fixtures.ts";

// Issue 13.1 and 13.2 through the API: administrators accept or reject what untrusted imports proposed (the
// worker records the proposals: apps/worker/test/security), every change is in the paper's history and can be
// reverted, annotations move only when the canonical text really changes; and /api/papers/<id>/pdf serves a
// PDF only to those its uploader chose.

async function admin() {
  const p = await person("admin");
  await db().user.update({ where: { id: p.id }, data: { isAdmin: true } });
  return p;
}

describe("reviewing proposed changes", () => {
  it("accept applies the values as a recorded change; revert puts them back; annotations follow only text changes", async () => {
    const root = await admin();
    const reader = await person("reader");
    const paper = await textPaper(TEXT, { abstract: "Old abstract." });
    const note = await as(reader).annotations.create({ paperId: paper.id, target: rangeOf("the Transformer"), body: "key idea", visibility: "PUBLIC" });
    const proposal = await db().paperProposal.create({
      data: {
        paperId: paper.id,
        digest: "d1",
        fields: { title: "A Better Title", venue: "NeurIPS" },
        current: { title: paper.title, venue: null },
        format: "bibtex",
        ref: "x.bib: entry a",
        proposerId: reader.id,
      },
    });
    expect(await outcome(as(reader).catalogue.accept({ id: proposal.id }))).toBe("FORBIDDEN");

    const open = await as(root).catalogue.proposals({ status: "OPEN", paperId: paper.id });
    expect(open.proposals.map((p) => p.id)).toEqual([proposal.id]);
    expect(open.proposals[0]).toMatchObject({ proposer: { id: reader.id }, fields: { title: "A Better Title" } });

    const accepted = await as(root).catalogue.accept({ id: proposal.id });
    expect(accepted).toMatchObject({ status: "ACCEPTED", changed: ["title", "venue"] });
    expect(await db().paper.findUniqueOrThrow({ where: { id: paper.id } })).toMatchObject({
      title: "A Better Title",
      venue: "NeurIPS",
      normTitle: "a better title",
    });
    expect(await outcome(as(root).catalogue.accept({ id: proposal.id }))).toBe("CONFLICT");
    // Metadata only: the text annotations anchor to did not change, so nothing was re-anchored.
    expect(await db().annotation.findUniqueOrThrow({ where: { id: note.id } })).toMatchObject({ anchorStatus: "ANCHORED", start: note.start, end: note.end });

    const history = await as(root).catalogue.history({ paperId: paper.id });
    expect(history[0]).toMatchObject({
      kind: "accept",
      actor: { id: root.id },
      before: { title: paper.title, venue: null },
      after: { title: "A Better Title", venue: "NeurIPS" },
      source: { format: "bibtex" },
    });

    await as(root).catalogue.revert({ changeId: history[0]!.id });
    expect(await db().paper.findUniqueOrThrow({ where: { id: paper.id } })).toMatchObject({ title: paper.title, venue: null });
    expect((await as(root).catalogue.history({ paperId: paper.id }))[0]).toMatchObject({ kind: "revert", revertOfId: history[0]!.id });
    expect(await outcome(as(root).catalogue.revert({ changeId: history[0]!.id }))).toBe("CONFLICT");
  });

  it("an accepted full text re-anchors the annotations; a rejected proposal changes nothing", async () => {
    const root = await admin();
    const reader = await person("reader");
    const paper = await textPaper();
    const note = await as(reader).annotations.create({ paperId: paper.id, target: rangeOf("the Transformer"), body: "key idea", visibility: "PUBLIC" });
    const rejected = await db().paperProposal.create({ data: { paperId: paper.id, digest: "r", fields: { title: "Vandalised" }, current: {} } });
    await as(root).catalogue.reject({ id: rejected.id });
    expect((await db().paper.findUniqueOrThrow({ where: { id: paper.id } })).title).toBe(paper.title);

    const revised = `Preface added in a new version.\n\n${TEXT}`;
    const textual = await db().paperProposal.create({ data: { paperId: paper.id, digest: "t", fields: { fullText: revised, latestVersion: 2 }, current: {} } });
    await as(root).catalogue.accept({ id: textual.id });
    const moved = await db().annotation.findUniqueOrThrow({ where: { id: note.id } });
    expect(moved.anchorStatus).toBe("ANCHORED");
    expect(revised.slice(moved.start!, moved.end!)).toBe("the Transformer");
    expect(moved.start).toBeGreaterThan(note.start!);
    expect(await db().paperVersion.count({ where: { paperId: paper.id, version: 2 } })).toBe(1);
  });
});

describe("GET /api/papers/<id>/pdf serves only the PDFs the uploader chose to show", () => {
  it("private: the uploader only; team: its members; a public paper page never serves someone else's private PDF", async () => {
    const fx = await team();
    const paper = await textPaper();
    const bytes = Buffer.from("%PDF-1.4\nprivate bytes\n%%EOF\n");
    const base = {
      paperId: paper.id,
      fileName: "mine.pdf",
      size: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      bytes,
      fullText: "private text",
    };
    await db().paperPdf.create({ data: { ...base, uploaderId: fx.people.MEMBER.id, visibility: "PRIVATE" } });
    const get = (viewer: string | null) => servePaperPdf(db(), new Request(`http://test/api/papers/${paper.id}/pdf`), paper.id, viewer).then((r) => r.status);

    expect(await get(null)).toBe(404);
    expect(await get(fx.outsider.id)).toBe(404);
    expect(await get(fx.people.OWNER.id)).toBe(404);
    expect(await get(fx.people.MEMBER.id)).toBe(200);
    expect((await servePaperPdf(db(), new Request("http://test"), paper.id, fx.people.MEMBER.id)).headers.get("cache-control")).toBe("private, no-cache");

    await db().paperPdf.updateMany({ where: { paperId: paper.id }, data: { visibility: "TEAM", teamId: fx.id } });
    expect(await get(fx.people.VIEWER.id)).toBe(200);
    expect(await get(fx.outsider.id)).toBe(404);
    // Marked PUBLIC but its text is not the paper's (nobody accepted it): still not served to others.
    await db().paperPdf.updateMany({ where: { paperId: paper.id }, data: { visibility: "PUBLIC", teamId: null } });
    expect(await get(null)).toBe(404);
    const doc = await as(fx.people.MEMBER).annotations.document({ paperId: paper.id });
    expect(doc.pdf).toBeNull();
    expect(doc.ownPdf).toMatchObject({ fileName: "mine.pdf", visibility: "PUBLIC" });
    expect((await as(null).annotations.document({ paperId: paper.id })).ownPdf).toBeNull();
    expect((await as(fx.people.OWNER).annotations.document({ paperId: paper.id })).ownPdf).toBeNull();
  });
});
