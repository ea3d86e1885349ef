import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../lib/services.ts";
import { handleRestRequest } from "../rest/handler.ts";
import { REQUEST_LIMITS } from "../security/rate-limits.ts";
import { as, outcome, paper, person, team, unique, type Person, type TeamFixture } from "../../test/fixtures.ts";
import { expectDocumented } from "../../test/openapi-check.ts";

// Cite: a list or a paper as a bibliography in a CSL style, over tRPC and REST, with the list's policy;
// custom .csl styles for a person or a team.

async function rest(path: string, opts: { token?: string } = {}) {
  const headers = new Headers();
  if (opts.token) headers.set("authorization", `Bearer ${opts.token}`);
  const response = await handleRestRequest(new Request(`http://localhost/api/v1${path}`, { headers }));
  await expectDocumented("GET", path, response);
  return { status: response.status, type: response.headers.get("content-type"), text: await response.text() };
}

const minimalStyle = (title: string, prefix: string) => `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">
  <info><title>${title}</title><id>http://example.org/styles/${title.toLowerCase().replace(/\W+/g, "-")}</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title" prefix="${prefix}"/></layout></citation>
  <bibliography><layout><text variable="title" prefix="${prefix}"/></layout></bibliography>
</style>`;

let owner: Person;
let stranger: Person;
let listId: string;
let resnetId: string;
let t: TeamFixture;
let teamListId: string;
const tag = unique();

beforeAll(async () => {
  [owner, stranger] = [await person("citer"), await person("stranger")];
  const resnet = await paper(`Deep Residual Learning ${tag}`, { year: 2016, authors: ["Kaiming He", "Xiangyu Zhang", "Shaoqing Ren", "Jian Sun"] });
  const attention = await paper(`Attention Is All You Need ${tag}`, {
    year: 2017,
    authors: ["Ashish Vaswani", "Noam Shazeer", "Niki Parmar", "Jakob Uszkoreit", "Llion Jones", "Aidan N. Gomez", "Łukasz Kaiser", "Illia Polosukhin"],
  });
  resnetId = resnet.id;
  await db().paper.update({ where: { id: resnet.id }, data: { venue: "CVPR", journalRef: "CVPR 2016, pp. 770-778", doi: "10.1109/CVPR.2016.90" } });
  const list = await as(owner).lists.create({ title: "To cite", visibility: "PRIVATE" });
  listId = list.id;
  await as(owner).lists.addItem({ listId, paperId: resnet.id });
  await as(owner).lists.addItem({ listId, paperId: attention.id });
  t = await team();
  teamListId = (await as(t.people.MEMBER).lists.create({ title: "Team reading", teamSlug: t.slug, visibility: "TEAM" })).id;
  await as(t.people.MEMBER).lists.addItem({ listId: teamListId, paperId: resnet.id });
});

describe("cite over tRPC", () => {
  it("formats a list in APA and IEEE (list order numbers IEEE; APA sorts by author)", async () => {
    const apa = await as(owner).cite.list({ listId, style: "apa" });
    expect(apa.count).toBe(2);
    expect(apa.bibliography.text).toBe(
      [
        `He, K., Zhang, X., Ren, S., & Sun, J. (2016). Deep Residual Learning ${tag}. CVPR, 770–778. https://doi.org/10.1109/cvpr.2016.90`,
        `Vaswani, A., Shazeer, N., Parmar, N., Uszkoreit, J., Jones, L., Gomez, A. N., Kaiser, Ł., & Polosukhin, I. (2017). Attention Is All You Need ${tag}.`,
      ].join("\n"),
    );
    expect(apa.citation.text).toBe("(He et al., 2016; Vaswani et al., 2017)");
    const ieee = await as(owner).cite.list({ listId, style: "ieee" });
    expect(ieee.bibliography.text.split("\n")[0]).toBe(
      `[1] K. He, X. Zhang, S. Ren, and J. Sun, “Deep Residual Learning ${tag},” CVPR, pp. 770–778, 2016, doi: 10.1109/cvpr.2016.90.`,
    );
    expect(ieee.bibliography.text.split("\n")[1]).toMatch(/^\[2\] A\. Vaswani et al\., “Attention Is All You Need/);
    expect(ieee.bibliography.html).toContain('<div class="csl-left-margin">[1]</div>');
  });

  it("cites chosen items of a list, and one paper", async () => {
    const items = await as(owner).lists.items({ listId });
    const one = await as(owner).cite.list({ listId, style: "mla", itemIds: [items[1]!.id] });
    expect(one.count).toBe(1);
    expect(one.bibliography.text).toMatch(new RegExp(`^Vaswani, Ashish, et al\\. Attention Is All You Need ${tag}\\. 2017\\.$`, "i"));
    const single = await as(null).cite.paper({ paperId: resnetId, style: "chicago" });
    expect(single.bibliography.text).toMatch(/^He, Kaiming, Xiangyu Zhang, Shaoqing Ren, and Jian Sun\. 2016\./);
    const bib = await as(null).cite.exportPaper({ paperId: resnetId, format: "bibtex" });
    expect(bib.body).toMatch(/^@\w+\{he2016deep,/);
  });

  it("a private list cannot be cited by outsiders or anonymously", async () => {
    expect(await outcome(as(stranger).cite.list({ listId, style: "apa" }))).toBe("NOT_FOUND");
    expect(await outcome(as(null).cite.list({ listId, style: "apa" }))).toBe("NOT_FOUND");
  });

  it("an unknown style is a 400 naming the available ones", async () => {
    await expect(as(owner).cite.list({ listId, style: "nope" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("Available styles: apa, chicago, ieee, harvard, nature, acm, vancouver, mla"),
    });
  });
});

describe("custom .csl styles", () => {
  it("refuses an invalid style with the validator's reason, and a too large one", async () => {
    await expect(as(owner).cite.addStyle({ xml: minimalStyle("Broken", "»").replace("<text variable", "<frobnicate variable") })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("element cs:frobnicate not allowed"),
    });
    await expect(as(owner).cite.addStyle({ xml: "x".repeat(300 * 1024) })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("256 KB"),
    });
    expect(await outcome(as(null).cite.addStyle({ xml: minimalStyle("Anon", "»") }))).toBe("UNAUTHORIZED");
  });

  it("a personal style is its owner's only; it never shadows a built-in key", async () => {
    const mine = await as(owner).cite.addStyle({ xml: minimalStyle(`Mine ${tag}`, "mine: ") });
    expect(mine).toMatchObject({ source: "personal", key: `mine-${tag}`, teamSlug: null });
    expect((await as(owner).cite.list({ listId, style: mine.key })).bibliography.text.split("\n")[0]).toBe(`mine: Deep Residual Learning ${tag}`);
    expect((await as(owner).cite.styles()).styles.map((s) => s.key)).toContain(mine.key);
    expect((await as(stranger).cite.styles()).styles.map((s) => s.key)).not.toContain(mine.key);
    expect(await outcome(as(stranger).cite.paper({ paperId: resnetId, style: mine.key }))).toBe("BAD_REQUEST");
    expect(await outcome(as(stranger).cite.removeStyle({ id: mine.id! }))).toBe("NOT_FOUND");
    const apaAgain = await as(owner).cite.addStyle({ xml: minimalStyle("APA", "x") });
    expect(apaAgain.key).toBe("apa-2");
    await as(owner).cite.removeStyle({ id: mine.id! });
    expect(await outcome(as(owner).cite.list({ listId, style: mine.key }))).toBe("BAD_REQUEST");
  });

  it("a team style: members add it (style.manage), viewers may not; anyone who reads the team's list cites with it", async () => {
    expect(await outcome(as(t.people.VIEWER).cite.addStyle({ teamSlug: t.slug, xml: minimalStyle("Viewer", "v") }))).toBe("FORBIDDEN");
    expect(await outcome(as(t.outsider).cite.addStyle({ teamSlug: t.slug, xml: minimalStyle("Outsider", "o") }))).toBe("NOT_FOUND");
    const house = await as(t.people.MEMBER).cite.addStyle({ teamSlug: t.slug, xml: minimalStyle(`House ${tag}`, "house: ") });
    expect(house).toMatchObject({ source: "team", teamSlug: t.slug });
    const viewerCites = await as(t.people.VIEWER).cite.list({ listId: teamListId, style: house.key });
    expect(viewerCites.bibliography.text).toBe(`house: Deep Residual Learning ${tag}`);
    expect((await as(t.people.VIEWER).cite.styles({ listId: teamListId })).styles.map((s) => s.key)).toContain(house.key);
    expect(await outcome(as(t.outsider).cite.list({ listId: teamListId, style: house.key }))).toBe("NOT_FOUND");
    expect(await outcome(as(t.people.VIEWER).cite.removeStyle({ id: house.id! }))).toBe("FORBIDDEN");
    await as(t.people.ADMIN).cite.removeStyle({ id: house.id! });
  });
});

describe("style uploads are rate limited per account", () => {
  it("answers TOO_MANY_REQUESTS once the hourly budget is spent (invalid uploads count too)", async () => {
    const uploader = await person("uploader");
    for (let i = 0; i < REQUEST_LIMITS.styleUploads.points; i++) expect(await outcome(as(uploader).cite.addStyle({ xml: "<style/>" }))).toBe("BAD_REQUEST");
    expect(await outcome(as(uploader).cite.addStyle({ xml: minimalStyle("Late", "l") }))).toBe("TOO_MANY_REQUESTS");
  });
});

describe("cite over REST", () => {
  let token: string;
  beforeAll(async () => {
    token = (await as(owner).tokens.create({ name: "cite", scope: "READ" })).token;
  });

  it("answers a list in a style as text or HTML, and 404 for a private list without the owner's token", async () => {
    const text = await rest(`/lists/${listId}/export?style=ieee`, { token });
    expect(text).toMatchObject({ status: 200, type: "text/plain; charset=utf-8" });
    expect(text.text.split("\n")[0]).toBe(
      `[1] K. He, X. Zhang, S. Ren, and J. Sun, “Deep Residual Learning ${tag},” CVPR, pp. 770–778, 2016, doi: 10.1109/cvpr.2016.90.`,
    );
    const html = await rest(`/lists/${listId}/export?style=apa&format=html`, { token });
    expect(html.type).toBe("text/html; charset=utf-8");
    expect(html.text).toContain('class="csl-bib-body"');
    expect((await rest(`/lists/${listId}/export?style=apa`)).status).toBe(404);
    expect((await rest(`/lists/${listId}/export?format=csl-json`, { token })).status).toBe(200);
  });

  it("400 for an unknown style (naming the available ones) or a style with a download format", async () => {
    const unknown = await rest(`/lists/${listId}/export?style=harvard1`, { token });
    expect(unknown.status).toBe(400);
    expect(JSON.parse(unknown.text).error.message).toContain("Available styles: apa, chicago, ieee");
    expect((await rest(`/lists/${listId}/export?style=apa&format=ris`, { token })).status).toBe(400);
  });

  it("a single paper in a style or a format, and the styles list", async () => {
    const apa = await rest(`/papers/${resnetId}/export?style=apa`);
    expect(apa.text).toBe(`He, K., Zhang, X., Ren, S., & Sun, J. (2016). Deep Residual Learning ${tag}. CVPR, 770–778. https://doi.org/10.1109/cvpr.2016.90\n`);
    expect((await rest(`/papers/${resnetId}/export?format=ris`)).text).toContain("TY  - ");
    expect((await rest(`/papers/does-not-exist/export?style=apa`)).status).toBe(404);
    expect(JSON.parse((await rest("/citation-styles")).text).styles).toHaveLength(8);
  });

  it("the live .bib URL answers in a style too", async () => {
    const { url } = await as(owner).lists.regenerateLiveBib({ listId });
    const path = new URL(url).pathname.replace(/^\/api\/v1/, "") + new URL(url).search;
    expect((await rest(path)).text).toMatch(/^@/);
    const styled = await rest(`${path}&style=nature`);
    expect(styled).toMatchObject({ status: 200, type: "text/plain; charset=utf-8" });
    expect(styled.text.split("\n")[0]).toBe(
      `1. He, K., Zhang, X., Ren, S. & Sun, J. Deep Residual Learning ${tag}. CVPR 770–778 (2016) doi:10.1109/cvpr.2016.90.`,
    );
    expect((await rest(`${path}&style=nope`)).status).toBe(400);
  });
});

describe("the OpenAPI check these REST tests run on every answer", () => {
  it("rejects an answer whose body, status or media type the document does not describe", async () => {
    await expect(expectDocumented("GET", "/citation-styles", Response.json({ styles: "none" }))).rejects.toThrow(/does not match its schema/);
    await expect(expectDocumented("GET", `/lists/${listId}/export`, new Response("x", { status: 418 }))).rejects.toThrow(/not documented/);
    const yaml = new Response("a: 1", { headers: { "content-type": "application/yaml" } });
    await expect(expectDocumented("GET", `/papers/${resnetId}/export`, yaml)).rejects.toThrow(/content type "application\/yaml" is not documented/);
    const cslJson = new Response(JSON.stringify([{ title: "no id or type" }]), { headers: { "content-type": "application/vnd.citationstyles.csl+json" } });
    await expect(expectDocumented("GET", `/papers/${resnetId}/export`, cslJson)).rejects.toThrow(/must have required property 'id'/);
  });
});
