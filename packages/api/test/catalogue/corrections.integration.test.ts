import { describe, expect, it } from "vitest";
import { db } from "../../src/lib/services.ts";
import { REQUEST_LIMITS } from "../../src/security/rate-limits.ts";
import { as, outcome, paper, person, unique } from "../fixtures.ts";
import { rangeOf, textPaper, TEXT } from "../annotation-fixtures.ts";
import { freshAddress, trpcHttp } from "../security/http.ts";

// Issue 15.6 "Suggest a correction": applied at once for site administrators (catalogue.edit), a proposal
// for everyone else, on the catalogue's provenance records (PaperChange / PaperProposal); a paper's history
// with revert; annotations re-anchored only when the text they point to really changes.

async function admin() {
  const p = await person("admin");
  await db().user.update({ where: { id: p.id }, data: { isAdmin: true } });
  return p;
}
const row = (id: string) => db().paper.findUniqueOrThrow({ where: { id }, include: { authors: { orderBy: { position: "asc" }, include: { author: true } } } });
const doi = () => `10.5555/fix.${unique()}`;

describe("suggest a correction", () => {
  it("someone's suggestion is a proposal; an administrator accepts it, it is in the history, and a revert puts it back", async () => {
    const root = await admin();
    const reader = await person("reader");
    const other = await person("other");
    const p = await paper(`Bert pre-training ${unique()}`);
    const newDoi = doi();
    const fix = {
      paperId: p.id,
      title: "BERT: Pre-training of Deep Bidirectional Transformers",
      authors: ["Jacob Devlin", "Ming-Wei Chang"],
      published: "2018-10-11",
      venue: "NAACL",
      doi: `https://doi.org/${newDoi.toUpperCase()}`,
      note: "From the ACL Anthology page",
    };

    const suggested = await as(reader).catalogue.suggest(fix);
    expect(suggested).toMatchObject({ status: "PROPOSED", changeId: null, changed: ["title", "authors", "publishedAt", "doi", "year", "venue"] });
    expect(await row(p.id)).toMatchObject({ title: p.title, doi: null, venue: null });
    // The same suggestion again is refused while it waits; the suggester sees it on the paper's history, others do not.
    expect(await outcome(as(reader).catalogue.suggest(fix))).toBe("CONFLICT");
    expect((await as(reader).catalogue.paperHistory({ paperId: p.id })).proposals.map((x) => x.id)).toEqual([suggested.proposalId]);
    expect((await as(other).catalogue.paperHistory({ paperId: p.id })).proposals).toEqual([]);
    expect((await as(null).catalogue.paperHistory({ paperId: p.id })).proposals).toEqual([]);

    // Administrators see it in the review queue, with who proposed it and why.
    const queue = await as(root).catalogue.proposals({ status: "OPEN", paperId: p.id });
    expect(queue.proposals[0]).toMatchObject({ id: suggested.proposalId, proposer: { id: reader.id }, source: { format: "correction", ref: fix.note } });
    expect(await outcome(as(reader).catalogue.accept({ id: suggested.proposalId! }))).toBe("FORBIDDEN");
    await as(root).catalogue.accept({ id: suggested.proposalId! });
    const fixed = await row(p.id);
    expect(fixed).toMatchObject({
      title: fix.title,
      venue: "NAACL",
      doi: newDoi,
      canonicalKey: `doi:${newDoi}`,
      year: 2018,
      normTitle: expect.stringContaining("bert"),
    });
    expect(fixed.publishedAt?.toISOString().slice(0, 10)).toBe("2018-10-11");
    expect(fixed.authors.map((a) => a.author.name)).toEqual(["Jacob Devlin", "Ming-Wei Chang"]);
    expect((await as(null).papers.byId({ id: p.id })).identifiers.doi).toBe(newDoi);

    const history = await as(root).catalogue.paperHistory({ paperId: p.id });
    expect(history.changes[0]).toMatchObject({
      kind: "accept",
      actor: { id: root.id },
      before: { title: p.title, doi: null },
      after: { title: fix.title, doi: newDoi },
      revertible: true,
    });
    // Anyone reads the history; only administrators may revert, and the proposer's note stays with them.
    const publicView = await as(null).catalogue.paperHistory({ paperId: p.id });
    expect(publicView.changes[0]).toMatchObject({ kind: "accept", actor: { id: root.id }, source: { format: "correction", ref: null }, revertible: false });
    expect(await outcome(as(reader).catalogue.revert({ changeId: history.changes[0]!.id }))).toBe("FORBIDDEN");

    await as(root).catalogue.revert({ changeId: history.changes[0]!.id });
    const back = await row(p.id);
    expect(back).toMatchObject({ title: p.title, doi: null, venue: null, year: p.year, publishedAt: null });
    expect(back.canonicalKey).toMatch(/^hash:/);
    expect(back.authors.map((a) => a.author.name)).toEqual(["Ada Lovelace", "Alan Turing"]);
    expect((await as(root).catalogue.paperHistory({ paperId: p.id })).changes[0]).toMatchObject({ kind: "revert", revertOfId: history.changes[0]!.id });
  });

  it("an administrator's correction applies at once as an edit; a rejected suggestion changes nothing", async () => {
    const root = await admin();
    const reader = await person("reader");
    const p = await paper(`Resnet ${unique()}`, { arxivId: `1512.${String(Math.floor(Math.random() * 90000) + 10000)}` });
    const applied = await as(root).catalogue.suggest({ paperId: p.id, venue: "CVPR", published: "2016", note: "CVPR 2016 proceedings" });
    expect(applied).toMatchObject({ status: "APPLIED", proposalId: null, changed: ["year", "venue"] });
    expect(await row(p.id)).toMatchObject({ venue: "CVPR", year: 2016, publishedAt: null, canonicalKey: p.arxivId });
    const entry = (await as(null).catalogue.paperHistory({ paperId: p.id })).changes[0];
    expect(entry).toMatchObject({
      kind: "edit",
      actor: { id: root.id },
      source: { format: "correction", ref: "CVPR 2016 proceedings" },
      after: { venue: "CVPR" },
    });

    const proposed = await as(reader).catalogue.suggest({ paperId: p.id, title: "Vandalised" });
    await as(root).catalogue.reject({ id: proposed.proposalId! });
    expect((await row(p.id)).title).toBe(p.title);
    expect(await db().paperProposal.findUniqueOrThrow({ where: { id: proposed.proposalId! } })).toMatchObject({ status: "REJECTED", decidedById: root.id });
  });

  it("refuses bad values with a 4xx naming the problem", async () => {
    const reader = await person("reader");
    const p = await paper();
    const taken = await paper();
    const takenDoi = doi();
    await db().paper.update({ where: { id: taken.id }, data: { doi: takenDoi } });
    const message = async (input: Parameters<ReturnType<typeof as>["catalogue"]["suggest"]>[0]) => {
      try {
        await as(reader).catalogue.suggest(input);
        return "ok";
      } catch (error) {
        return `${(error as { code: string }).code}: ${(error as Error).message}`;
      }
    };
    expect(await message({ paperId: p.id, doi: "not a doi" })).toMatch(/^BAD_REQUEST: [\s\S]*not a DOI/);
    expect(await message({ paperId: p.id, arxivId: "1713.00001" })).toMatch(/^BAD_REQUEST: [\s\S]*not an arXiv id/);
    expect(await message({ paperId: p.id, published: "2023-02-30" })).toMatch(/^BAD_REQUEST: [\s\S]*day does not exist/);
    expect(await message({ paperId: p.id, published: "March 2023" })).toMatch(/^BAD_REQUEST: [\s\S]*YYYY-MM-DD/);
    expect(await message({ paperId: p.id, title: "  " })).toMatch(/^BAD_REQUEST: [\s\S]*needs a title/);
    expect(await message({ paperId: p.id, authors: ["Ada", ""] })).toMatch(/^BAD_REQUEST: [\s\S]*cannot be empty/);
    expect(await message({ paperId: p.id, abstract: "x".repeat(20_001) })).toMatch(/^BAD_REQUEST: [\s\S]*at most 20,000/);
    expect(await message({ paperId: p.id, title: p.title })).toMatch(/^BAD_REQUEST: Nothing to change/);
    expect(await message({ paperId: p.id, doi: takenDoi })).toMatch(new RegExp(`^CONFLICT: .*${taken.id}.*merge`));
    expect(await message({ paperId: "no-such-paper", title: "x" })).toMatch(/^NOT_FOUND/);
    expect(await outcome(as(null).catalogue.suggest({ paperId: p.id, title: "Anonymous" }))).toBe("UNAUTHORIZED");
  });

  it("over HTTP, a refused field is named for the form: a readable message and every field's errors", async () => {
    const reader = await person("reader");
    const p = await paper();
    const res = await trpcHttp(
      "catalogue.suggest",
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ json: { paperId: p.id, published: "2019-02-30", doi: "nope" } }),
        address: freshAddress(),
      },
      reader,
    );
    expect(res.status).toBe(400);
    const error = ((await res.json()) as { error: { json: { message: string; data: { zodError: { fieldErrors: Record<string, string[]> } | null } } } }).error
      .json;
    expect(error.message).toBe("published: That day does not exist.");
    expect(error.data.zodError?.fieldErrors).toEqual({ published: ["That day does not exist."], doi: ["That is not a DOI (it looks like 10.1234/abc)."] });
  });

  it("is rate-limited per account", async () => {
    const reader = await person("reader");
    const p = await paper();
    const results: string[] = [];
    for (let i = 0; i <= REQUEST_LIMITS.corrections.points; i++)
      results.push(await outcome(as(reader).catalogue.suggest({ paperId: p.id, venue: "Somewhere" })));
    expect(results[0]).toBe("ok");
    expect(results.slice(1, -1).every((r) => r === "CONFLICT")).toBe(true);
    expect(results.at(-1)).toBe("TOO_MANY_REQUESTS");
    expect(await outcome(as(await person("fresh")).catalogue.suggest({ paperId: p.id, venue: "Elsewhere" }))).toBe("ok");
  });
});

describe("corrections and annotations", () => {
  it("re-anchors annotations only when the text they point to changes", async () => {
    const root = await admin();
    const reader = await person("reader");
    // Full text: a new title or abstract does not move anything.
    const withText = await textPaper(TEXT, { abstract: "Old abstract." });
    const note = await as(reader).annotations.create({ paperId: withText.id, target: rangeOf("the Transformer"), body: "key idea", visibility: "PUBLIC" });
    const before = await db().annotation.findUniqueOrThrow({ where: { id: note.id } });
    await as(root).catalogue.suggest({ paperId: withText.id, title: "Attention, corrected", abstract: "A new abstract." });
    expect(await db().annotation.findUniqueOrThrow({ where: { id: note.id } })).toMatchObject({
      start: before.start,
      end: before.end,
      updatedAt: before.updatedAt,
    });

    // Abstract only: the abstract is the text, so correcting it re-anchors.
    const abstract = "We study attention. The Transformer relies on it entirely.";
    const abstractOnly = await db().paper.create({
      data: { canonicalKey: `hash:abs-${unique()}`, title: `Abstract only ${unique()}`, normTitle: `abstract only ${unique()}`, abstract, source: "test" },
    });
    const onAbstract = await as(reader).annotations.create({
      paperId: abstractOnly.id,
      target: rangeOf("The Transformer", abstract),
      body: "here",
      visibility: "PUBLIC",
    });
    const revised = `A short preface. ${abstract}`;
    await as(root).catalogue.suggest({ paperId: abstractOnly.id, abstract: revised });
    const moved = await db().annotation.findUniqueOrThrow({ where: { id: onAbstract.id } });
    expect(moved.anchorStatus).toBe("ANCHORED");
    expect(revised.slice(moved.start!, moved.end!)).toBe("The Transformer");
    expect(moved.start).toBeGreaterThan(onAbstract.start!);
  });
});
