import { describe, expect, it } from "vitest";
import { db } from "../lib/services.ts";
import { as, person } from "../../test/fixtures.ts";

// Issue 15.5: inside a list, paste DOIs, arXiv ids or URLs as well as BibTeX / RIS / CSL-JSON; they go through
// the same ingest run as the import page, and the run's papers land in the list.

describe("adding to a list from where you are", () => {
  it("pasted DOIs and arXiv ids become an identifier import into the list, not a citation file", async () => {
    const me = await person("paster");
    const list = await as(me).lists.create({ title: "Pasted", visibility: "PRIVATE" });
    const { runId } = await as(me).lists.importCitations({ listId: list.id, text: "10.5555/cp.list.1\nhttps://arxiv.org/abs/1706.03762v5\narXiv:2401.00001" });
    expect(await db().ingestRun.findUniqueOrThrow({ where: { id: runId } })).toMatchObject({
      source: "list-import",
      label: "3 identifier(s)",
      createdById: me.id,
    });
    expect(await db().ingestUpload.count({ where: { runId } })).toBe(0);
    expect(await as(me).lists.importStatus({ listId: list.id, runId })).toMatchObject({ status: "QUEUED", applied: false });
    // A citation file is still a file.
    const bib = await as(me).lists.importCitations({ listId: list.id, text: "@article{a, title={Pasted BibTeX}, author={Doe, Jane}, year={2020}}" });
    expect(await db().ingestUpload.count({ where: { runId: bib.runId } })).toBe(1);
  });

  it("someone who may only read a list cannot import into it", async () => {
    const someone = await person("nobody");
    const owner = await person("owner");
    const list = await as(owner).lists.create({ title: "Not yours", visibility: "PUBLIC" });
    expect(
      await as(someone)
        .lists.importCitations({ listId: list.id, text: "10.5555/x" })
        .catch((e: { code: string }) => e.code),
    ).toBe("FORBIDDEN");
  });
});
