import { describe, expect, it } from "vitest";
import { parseBibtex, MAX_ABSTRACT_CHARS } from "@commonplace/formats";
import { db } from "../../src/lib/services.ts";
import { paper } from "../fixtures.ts";
import { callerAt, freshAddress, rest } from "./http.ts";

// Issue 13: "a 3 MB abstract renders a 14.9 MB page". Abstracts are cut at ingest and on display.

const HUGE = "word ".repeat(600_000); // 3 MB

describe("page sizes", () => {
  it("an imported 3 MB abstract is cut at ingest", () => {
    const [outcome] = parseBibtex(`@article{big, title={A Paper With a Big Abstract}, author={Doe, Jane}, year={2021}, abstract={${HUGE}}}`);
    expect(outcome!.ok).toBe(true);
    expect(outcome!.ok && outcome!.paper.abstract!.length).toBeLessThanOrEqual(MAX_ABSTRACT_CHARS);
  });

  it("a stored 3 MB abstract is cut on display (tRPC and REST)", async () => {
    const row = await paper();
    await db().paper.update({ where: { id: row.id }, data: { abstract: HUGE } });
    const view = await callerAt(freshAddress()).papers.byId({ id: row.id, fullText: false });
    expect(view.abstract!.length).toBeLessThanOrEqual(MAX_ABSTRACT_CHARS);
    const response = await rest(`/papers/${row.id}`, { address: freshAddress() });
    expect((await response.text()).length).toBeLessThan(MAX_ABSTRACT_CHARS + 10_000);
  });
});
