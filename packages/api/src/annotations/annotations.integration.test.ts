import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../lib/services.ts";
import { as, outcome, person, team, type Person, type TeamFixture } from "../../test/fixtures.ts";
import { rangeOf, TEXT, textPaper } from "../../test/annotation-fixtures.ts";

// Annotations end to end through tRPC: anchoring on create, threads, edits, soft delete, resolve,
// filters, "needs attention", and hostile bodies.

let fx: TeamFixture;
let paperId: string;
let ada: Person;

beforeAll(async () => {
  fx = await team();
  ada = await person("ada");
  paperId = (await textPaper()).id;
});

describe("creating annotations", () => {
  it("describes a range server-side: quote, 32-character context, W3C selectors, the text version", async () => {
    const { start, end } = rangeOf("the Transformer");
    const a = await as(ada).annotations.create({
      paperId,
      target: { start, end, exact: "the Transformer" },
      body: "**Key** idea",
      color: "green",
      visibility: "PUBLIC",
    });
    expect(a).toMatchObject({
      quote: "the Transformer",
      start,
      end,
      color: "green",
      visibility: "PUBLIC",
      anchorStatus: "ANCHORED",
      anchorConfidence: 1,
      textVersion: 1,
      deleted: false,
      resolved: false,
    });
    expect(a.prefix).toBe(TEXT.slice(start - 32, start));
    expect(a.suffix).toBe(TEXT.slice(end, end + 32));
    expect(a.bodyHtml).toBe("<p><strong>Key</strong> idea</p>");
    expect(a.can).toEqual({ edit: true, delete: true, reply: true, resolve: true, tag: true });
    const row = await db().annotation.findUniqueOrThrow({ where: { id: a.id } });
    expect(row.selectors).toEqual([
      { type: "TextQuoteSelector", exact: "the Transformer", prefix: a.prefix, suffix: a.suffix },
      { type: "TextPositionSelector", start, end },
    ]);
  });

  it("anchors client selectors on the stored text: of two identical passages, the one with matching context", async () => {
    const second = TEXT.lastIndexOf("We propose a new simple network architecture");
    const exact = "We propose a new simple network architecture";
    const a = await as(ada).annotations.create({
      paperId,
      visibility: "PRIVATE",
      target: { selector: [{ type: "TextQuoteSelector", exact, prefix: "to other tasks. ", suffix: " again, for parsing." }] },
    });
    expect(a).toMatchObject({ start: second, end: second + exact.length, quote: exact });
  });

  it("refuses a quote that does not match the range, a passage not in the text, an unknown colour and a reply-less scope", async () => {
    const { start, end } = rangeOf("the Transformer");
    expect(await outcome(as(ada).annotations.create({ paperId, target: { start, end, exact: "something else" } }))).toBe("CONFLICT");
    expect(await outcome(as(ada).annotations.create({ paperId, target: { start: 0, end: TEXT.length + 5 } }))).toBe("BAD_REQUEST");
    expect(
      await outcome(
        as(ada).annotations.create({ paperId, target: { selector: [{ type: "TextQuoteSelector", exact: "quantum chromodynamics of lattice gauge fields" }] } }),
      ),
    ).toBe("BAD_REQUEST");
    expect(await outcome(as(ada).annotations.create({ paperId, target: { start, end }, color: "octarine" as never }))).toBe("BAD_REQUEST");
    expect(await outcome(as(ada).annotations.create({ paperId, target: { start, end }, visibility: "TEAM" }))).toBe("BAD_REQUEST");
    expect(await outcome(as(null).annotations.create({ paperId, target: { start, end } }))).toBe("UNAUTHORIZED");
    expect(await outcome(as(ada).annotations.create({ paperId: "no-such-paper", target: { start, end } }))).toBe("NOT_FOUND");
  });

  it("a team annotation needs a team the author belongs to, with a role that may write", async () => {
    const { start, end } = rangeOf("machine translation");
    expect(await outcome(as(fx.people.MEMBER).annotations.create({ paperId, target: { start, end }, visibility: "TEAM", teamSlug: fx.slug }))).toBe("ok");
    expect(await outcome(as(fx.people.VIEWER).annotations.create({ paperId, target: { start, end }, visibility: "TEAM", teamSlug: fx.slug }))).toBe(
      "FORBIDDEN",
    );
    expect(await outcome(as(fx.outsider).annotations.create({ paperId, target: { start, end }, visibility: "TEAM", teamSlug: fx.slug }))).toBe("NOT_FOUND");
  });
});

describe("threads", () => {
  it("replies thread under the root (replies to replies keep parentId), edits mark editedAt, soft delete keeps the thread readable", async () => {
    const { start, end } = rangeOf("more parallelizable");
    const root = await as(fx.people.MEMBER).annotations.create({ paperId, target: { start, end }, body: "Why?", visibility: "TEAM", teamSlug: fx.slug });
    const r1 = await as(fx.people.ADMIN).annotations.reply({ id: root.id, body: "Because no recurrence." });
    const r2 = await as(fx.people.MEMBER).annotations.reply({ id: r1.id, body: "Thanks!" });
    expect(r2).toMatchObject({ rootId: root.id, parentId: r1.id, visibility: "TEAM", team: { slug: fx.slug }, color: null, quote: null });

    const edited = await as(fx.people.ADMIN).annotations.edit({ id: r1.id, body: "Because there is no recurrence." });
    expect(edited.editedAt).toBeInstanceOf(Date);
    expect(await outcome(as(fx.people.MEMBER).annotations.edit({ id: r1.id, body: "hijack" }))).toBe("FORBIDDEN");
    expect(await outcome(as(fx.people.ADMIN).annotations.reply({ id: root.id, body: "   " }))).toBe("BAD_REQUEST");

    await as(fx.people.MEMBER).annotations.delete({ id: root.id });
    const thread = await as(fx.people.VIEWER).annotations.thread({ id: r2.id });
    expect(thread).toMatchObject({ id: root.id, deleted: true, author: null, body: "[deleted]", quote: "more parallelizable", replyCount: 2 });
    expect(thread.bodyHtml).toBe("<p><em>[deleted]</em></p>");
    expect(thread.replies.map((r) => [r.id, r.body])).toEqual([
      [r1.id, "Because there is no recurrence."],
      [r2.id, "Thanks!"],
    ]);
    expect(thread.can).toEqual({ edit: false, delete: false, reply: false, resolve: false, tag: false });
    expect(await outcome(as(fx.people.ADMIN).annotations.reply({ id: root.id, body: "to a deleted one" }))).toBe("NOT_FOUND");
    expect(await outcome(as(fx.people.MEMBER).annotations.delete({ id: root.id }))).toBe("NOT_FOUND");

    // Delete every reply too: the whole thread disappears.
    await as(fx.people.MEMBER).annotations.delete({ id: r2.id });
    await as(fx.people.ADMIN).annotations.delete({ id: r1.id });
    expect(await outcome(as(fx.people.MEMBER).annotations.thread({ id: root.id }))).toBe("NOT_FOUND");
    const { threads } = await as(fx.people.MEMBER).annotations.list({ paperId });
    expect(threads.map((t) => t.id)).not.toContain(root.id);
  });

  it("resolve and reopen: the thread's author or a team editor, not a VIEWER, never on a reply", async () => {
    const { start, end } = rangeOf("superior in quality");
    const root = await as(fx.people.MEMBER).annotations.create({ paperId, target: { start, end }, body: "Claim", visibility: "TEAM", teamSlug: fx.slug });
    const reply = await as(fx.people.OWNER).annotations.reply({ id: root.id, body: "Agreed" });
    expect(await outcome(as(fx.people.VIEWER).annotations.resolve({ id: root.id }))).toBe("FORBIDDEN");
    expect((await as(fx.people.ADMIN).annotations.resolve({ id: root.id })).resolved).toBe(true);
    expect((await as(fx.people.MEMBER).annotations.reopen({ id: root.id })).resolved).toBe(false);
    expect(await outcome(as(fx.people.OWNER).annotations.resolve({ id: reply.id }))).toBe("BAD_REQUEST");
  });

  it("filters threads by person, team, visibility and resolved state; threads come in text order", async () => {
    const p = (await textPaper()).id;
    const a1 = await as(fx.people.MEMBER).annotations.create({ paperId: p, target: rangeOf("neural networks"), visibility: "TEAM", teamSlug: fx.slug });
    const a2 = await as(fx.people.ADMIN).annotations.create({ paperId: p, target: rangeOf("Attention Is All"), visibility: "PUBLIC" });
    const a3 = await as(fx.people.ADMIN).annotations.create({ paperId: p, target: rangeOf("for parsing"), visibility: "PRIVATE" });
    await as(fx.people.ADMIN).annotations.resolve({ id: a2.id });
    const ids = async (input: Record<string, unknown>, who = fx.people.ADMIN) =>
      (await as(who).annotations.list({ paperId: p, ...input })).threads.map((t) => t.id);
    expect(await ids({})).toEqual([a2.id, a1.id, a3.id]);
    expect(await ids({ author: fx.people.ADMIN.handle })).toEqual([a2.id, a3.id]);
    expect(await ids({ teamSlug: fx.slug })).toEqual([a1.id]);
    expect(await ids({ visibility: "PRIVATE" })).toEqual([a3.id]);
    expect(await ids({ resolved: true })).toEqual([a2.id]);
    expect(await ids({}, fx.outsider)).toEqual([a2.id]);
    expect(await ids({}, fx.people.VIEWER)).toEqual([a2.id, a1.id]);
  });

  it("lists an author's low-confidence and orphaned highlights as needing attention", async () => {
    const a = await as(ada).annotations.create({ paperId, target: rangeOf("two machine translation tasks"), visibility: "PRIVATE" });
    const b = await as(ada).annotations.create({ paperId, target: rangeOf("generalizes well"), visibility: "PUBLIC" });
    await db().annotation.update({ where: { id: a.id }, data: { anchorStatus: "ORPHANED", start: null, end: null } });
    await db().annotation.update({ where: { id: b.id }, data: { anchorStatus: "LOW_CONFIDENCE", anchorConfidence: 0.6 } });
    const { items } = await as(ada).annotations.needsAttention({});
    expect(items.map((i) => [i.id, i.anchorStatus, i.paper.id]).sort()).toEqual(
      [
        [a.id, "ORPHANED", paperId],
        [b.id, "LOW_CONFIDENCE", paperId],
      ].sort(),
    );
    expect((await as(fx.people.MEMBER).annotations.needsAttention({})).items).toEqual([]);
  });
});

/** Every "<" in the HTML opens an allowed tag whose attributes are safe (escaped text is "&lt;"). */
function assertInert(html: string): void {
  const tags = [...html.matchAll(/<\/?([a-z0-9]+)((?:\s+[a-z-]+="[^"]*")*)\s*\/?>/g)];
  expect(html.split("<").length - 1, html).toBe(tags.length);
  for (const [, name, attrs] of tags) {
    expect(["p", "a", "em", "strong", "code", "pre", "br", "blockquote", "ul", "ol", "li"], html).toContain(name);
    for (const [, attr, value] of (attrs ?? "").matchAll(/([a-z-]+)="([^"]*)"/g)) {
      expect(["href", "title", "rel", "class"], html).toContain(attr);
      if (attr === "href") expect(value, html).toMatch(/^(https?:|mailto:|\/(?!\/)|#)/);
    }
  }
}

describe("hostile bodies", () => {
  const PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    '<a href="JaVaScRiPt:alert(1)">click</a>',
    "<svg onload=alert(1)>",
    '<iframe src="javascript:alert(1)"></iframe>',
    "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    "[x](https://example.com 'a\" onclick=\"alert(1)')",
    "@ada<img src=x onerror=alert(1)>",
    '<a href="x" onclick="alert(1)">click</a>',
  ];
  it.each(PAYLOADS)("stores %s raw and renders it inert", async (payload) => {
    const a = await as(ada).annotations.create({ paperId, target: rangeOf("sequence transduction"), body: payload, visibility: "PUBLIC" });
    expect(a.body).toBe(payload);
    assertInert((await as(null).annotations.thread({ id: a.id })).bodyHtml);
  });
});
