import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../src/lib/services.ts";
import { as, person, type Person } from "../fixtures.ts";
import { rangeOf, textPaper } from "../annotation-fixtures.ts";
import { rest } from "./http.ts";

// Issue 13: "A stored annotation can take a paper's discussion down": a body of 2,500 × "> " made every
// read of the paper's annotations answer 500. Stored Markdown now always renders (escaped when it cannot).

const HOSTILE = "> ".repeat(2500) + "still <script>here</script>";
let ada: Person;
let paperId: string;

beforeAll(async () => {
  ada = await person("ada");
  paperId = (await textPaper()).id;
  const { start, end } = rangeOf("the Transformer");
  const a = await as(ada).annotations.create({
    paperId,
    target: { start, end, exact: "the Transformer" },
    body: "fine",
    color: "yellow",
    visibility: "PUBLIC",
  });
  await db().annotation.update({ where: { id: a.id }, data: { body: HOSTILE } });
});

describe("a deeply nested stored annotation body", () => {
  it("does not break the paper's annotation list (tRPC): the text comes back escaped", async () => {
    const threads = await as(null).annotations.list({ paperId });
    const html = JSON.stringify(threads, (key, value: unknown) => (key === "body" ? undefined : value));
    expect(html).toContain("still &lt;script&gt;here&lt;/script&gt;");
    expect(html).not.toContain("<script>");
  });

  it("does not break the REST route", async () => {
    const response = await rest(`/papers/${paperId}/annotations`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("still &lt;script&gt;");
  });

  it("does not break a list whose item note holds it", async () => {
    const list = await as(ada).lists.create({ title: "Deep notes", visibility: "PUBLIC" });
    await as(ada).lists.addItem({ listId: list.id, paperId });
    await db().readingListItem.updateMany({ where: { listId: list.id }, data: { note: HOSTILE } });
    const response = await rest(`/lists/${list.id}/items`);
    expect(response.status).toBeLessThan(500);
    await expect(as(null).lists.items({ listId: list.id })).resolves.toBeTruthy();
  });
});

// Issue 16.4: math in comments is typeset by KaTeX; a hostile formula typesets as text or shows its source.
describe("hostile math in an annotation body", () => {
  it("comes back typeset without links, ids, handlers or fixed positioning, and a broken formula as its source", async () => {
    const { start, end } = rangeOf("the Transformer");
    const body = [
      "$\\href{javascript:alert(1)}{click}$ $\\htmlClass{fixed inset-0}{x}$ $\\htmlData{a=b}{x}$ $\\rule{9999em}{9999em}$",
      "$$\\url{javascript:alert(2)}$$",
      "broken $\\frac{<img src=x onerror=alert(3)>$ and $".repeat(3) + "$".repeat(19_000),
    ].join("\n\n");
    const created = await as(ada).annotations.create({
      paperId,
      target: { start, end, exact: "the Transformer" },
      body,
      color: "yellow",
      visibility: "PUBLIC",
    });
    const thread = await as(null).annotations.thread({ id: created.id });
    const html = thread.bodyHtml;
    expect(html).toContain('class="katex"');
    expect(html).toContain('<code class="math-source">$\\frac{&lt;img src=x onerror=alert(3)&gt;$</code>');
    for (const [tag] of html.matchAll(/<[a-z][^>]*>/gi)) {
      expect(tag).not.toMatch(/\s(href|src|id|on[a-z]+|data-[\w-]*)\s*=|javascript:|inset-0|fixed/i);
    }
    expect(html).not.toMatch(/<(a|img|script)\b/);
  });
});
