import { describe, expect, it } from "vitest";
import { db } from "../lib/services.ts";
import { as, person, unique } from "../../test/fixtures.ts";

// Import runs name who imported what: a person sees the runs they started; a site administrator sees all.

async function runBy(createdById: string | null) {
  return db().ingestRun.create({ data: { source: "paste", label: `run-${unique()}`, status: "DONE", total: 1, failed: 1, createdById } });
}

describe("import runs are visible to their creator and to site administrators", () => {
  it("lists and opens only one's own runs, unless an administrator", async () => {
    const [alice, bob, admin] = [await person("alice"), await person("bob"), await person("siteadmin")];
    await db().user.update({ where: { id: admin.id }, data: { isAdmin: true } });
    const [mine, theirs, firstBoot] = [await runBy(alice.id), await runBy(bob.id), await runBy(null)];

    const aliceRuns = (await as(alice).ingest.runs({ limit: 100 })).runs.map((r) => r.id);
    expect(aliceRuns).toEqual([mine.id]);
    expect((await as(alice).ingest.runs({ limit: 100, failedOnly: true })).runs.map((r) => r.id)).toEqual([mine.id]);
    expect((await as(alice).ingest.run({ id: mine.id })).label).toBe(mine.label);
    await expect(as(alice).ingest.run({ id: theirs.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(as(alice).ingest.run({ id: firstBoot.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await as(alice).ingest.canSeeAllRuns()).toBe(false);

    const adminRuns = (await as(admin).ingest.runs({ limit: 100 })).runs.map((r) => r.id);
    expect(adminRuns).toEqual(expect.arrayContaining([mine.id, theirs.id, firstBoot.id]));
    expect((await as(admin).ingest.run({ id: theirs.id })).id).toBe(theirs.id);
    expect(await as(admin).ingest.canSeeAllRuns()).toBe(true);

    await expect(as(null).ingest.runs({ limit: 10 })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
