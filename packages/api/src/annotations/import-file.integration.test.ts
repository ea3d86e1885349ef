import { beforeAll, describe, expect, it } from "vitest";
import { as, outcome, person, type Person } from "../../test/fixtures.ts";
import { rangeOf, textPaper } from "../../test/annotation-fixtures.ts";

// Issue 16.5: importing from the UI. A file nothing can be read from is a 400 with the parser's reason (the
// dialog shows it); the annotations page's selection export re-imports as the same annotations.

let ada: Person;
let paperId: string;

beforeAll(async () => {
  ada = await person("importer");
  paperId = (await textPaper()).id;
});

describe("importing a file", () => {
  it("refuses one that is not JSON, or not W3C annotations, with the reason", async () => {
    const importing = (json: string) => as(ada).annotations.import({ paperId, json, visibility: "PRIVATE" });
    await expect(importing("this is not json")).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("not valid JSON") });
    expect(await outcome(importing('{"hello": "world"}'))).toBe("BAD_REQUEST");
    expect(await outcome(importing('"a string"'))).toBe("BAD_REQUEST");
  });

  it("takes back the annotations page's selection export as the same annotations", async () => {
    const passages = ["the Transformer", "machine translation tasks"];
    for (const [i, passage] of passages.entries()) {
      const { start, end } = rangeOf(passage);
      const a = await as(ada).annotations.create({ paperId, target: { start, end, exact: passage }, body: `round trip ${i} $\\alpha$`, color: "green" });
      await as(ada).annotations.reply({ id: a.id, body: `reply ${i}` });
    }
    const file = await as(ada).annotationSearch.export({ paperId, q: "round trip", format: "jsonld" });
    expect(file.count).toBe(4); // both threads, replies included
    const copy = (await textPaper()).id;
    const result = await as(ada).annotations.import({ paperId: copy, json: file.body, visibility: "PRIVATE" });
    expect(result.outcomes.filter((o) => !o.ok)).toEqual([]);
    const shape = async (p: string) =>
      (await as(ada).annotations.list({ paperId: p })).threads.map((t) => ({
        quote: t.quote,
        start: t.start,
        body: t.body,
        color: t.color,
        replies: t.replies.map((r) => r.body),
      }));
    expect(await shape(copy)).toEqual(await shape(paperId));
    expect((await shape(copy)).map((t) => t.quote)).toEqual(passages);
  });
});
