import { describe, expect, it } from "vitest";
import { activePaperCount, MIN_ACTIVE_PAPERS } from "@commonplace/catalogue";
import { db } from "../lib/services.ts";
import { as, person } from "../../test/fixtures.ts";
import { datedPaper, upvoteAt } from "../../test/discovery-fixtures.ts";

// Issue 14.5: with too little activity, Trending says so and shows the newest papers instead of a ranking
// of papers at 0 upvotes. Instants in 2160 keep this file's activity out of other files' windows.

describe("trending with too little activity", () => {
  it("counts only papers with upvotes or public activity in the window", async () => {
    const now = new Date("2160-06-01T00:00:00Z");
    const voter = await person("counter");
    const [a, b, old] = [
      await datedPaper(new Date("2160-05-01T00:00:00Z")),
      await datedPaper(new Date("2160-05-02T00:00:00Z")),
      await datedPaper(new Date("2150-01-01T00:00:00Z")),
    ];
    expect(await activePaperCount(db(), now)).toBe(0);
    await upvoteAt(voter.id, a.id, new Date("2160-05-30T00:00:00Z"));
    await upvoteAt(voter.id, b.id, new Date("2160-05-31T00:00:00Z"));
    await upvoteAt(voter.id, old.id, new Date("2150-01-02T00:00:00Z")); // long before the window
    expect(await activePaperCount(db(), now)).toBe(2);
    expect(2).toBeLessThan(MIN_ACTIVE_PAPERS);
  });

  it("answers with the newest papers, and says so, when too few papers are active now", async () => {
    // Other files may vote at the real "now" concurrently: the rule is checked against the count the answer gives.
    const page = await as(null).discovery.trending({ limit: 5 });
    expect(page.basis).toBe(page.activePapers < MIN_ACTIVE_PAPERS ? "newest" : "activity");
    if (page.basis === "newest") expect(page.papers.map((p) => p.id)).toEqual((await as(null).discovery.newest({ limit: 5 })).papers.map((p) => p.id));
  });
});
