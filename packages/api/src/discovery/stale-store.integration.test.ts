import { describe, expect, it } from "vitest";
import { DISCOVERY_STALE_MS, discoveryIsStale } from "@commonplace/catalogue";
import { db } from "../lib/services.ts";
import { as } from "../../test/fixtures.ts";
import { datedPaper } from "../../test/discovery-fixtures.ts";

// Issue 17.2, faults: the worker that keeps the discovery store stopped (or died) a while ago, so its tables
// are there but old. The first web read that finds them stale rebuilds them (ensureDiscoveryFresh), so
// readers see papers added since instead of the dead worker's last counts.

describe("a stale discovery store", () => {
  // The only test in the file: this process has not checked the store yet (the check is memoised per minute).
  it("is rebuilt by the first web read, which then sees what changed since the last rebuild", async () => {
    const category = `zz.stale-${Date.now()}`;
    const p = await datedPaper(null);
    await db().paper.update({ where: { id: p.id }, data: { categories: [category] } });
    // Both tables were last rebuilt (without this paper) longer ago than the stale limit.
    const old = new Date(Date.now() - DISCOVERY_STALE_MS - 60_000);
    for (const name of ["trending", "categories"])
      await db().discoveryRefresh.upsert({ where: { name }, create: { name, refreshedAt: old }, update: { refreshedAt: old } });
    expect(await discoveryIsStale(db())).toBe(true);

    const counts = await as(null).discovery.categories();
    expect(counts.find((c) => c.category === category)?.count).toBe(1);
    expect(await discoveryIsStale(db())).toBe(false);
  }, 180_000); // a full rebuild of the shared test database, on a busy machine
});
