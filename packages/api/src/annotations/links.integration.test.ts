import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../lib/services.ts";
import { as, person, team, type Person, type TeamFixture } from "../../test/fixtures.ts";
import { rangeOf, textPaper } from "../../test/annotation-fixtures.ts";

// Issue 16.2: annotation links (/papers/<paperId>?annotation=<id>). Per viewer, a link opens its thread
// (a reply's link its thread, marking the reply), says when the passage was orphaned, and otherwise answers
// one neutral "unavailable" — the same for nonexistent, deleted, private, other team's and wrong-paper ids.
// The unfurl is computed as an anonymous viewer whoever asks.

let fx: TeamFixture;
let ada: Person;
let bob: Person;
let paperId: string;
let otherPaperId: string;
const ids = {} as Record<"pub" | "reply" | "priv" | "teamNote" | "deleted" | "orphan", string>;

const target = (passage: string) => ({ ...rangeOf(passage), exact: passage });

beforeAll(async () => {
  fx = await team();
  ada = await person("ada");
  bob = await person("bob");
  paperId = (await textPaper()).id;
  otherPaperId = (await textPaper()).id;
  const make = (who: Person, body: string, extra: Record<string, unknown> = {}) =>
    as(who).annotations.create({ paperId, target: target("the Transformer"), body, visibility: "PUBLIC", ...extra });
  ids.pub = (await make(ada, 'Public <b>take</b> on $\\alpha$ & "quotes"')).id;
  ids.reply = (await as(bob).annotations.reply({ id: ids.pub, body: "A reply" })).id;
  ids.priv = (await make(ada, "secret private words", { visibility: "PRIVATE" })).id;
  ids.teamNote = (await make(fx.people.MEMBER, "team-only words", { visibility: "TEAM", teamSlug: fx.slug })).id;
  ids.deleted = (await make(ada, "gone")).id;
  await as(ada).annotations.delete({ id: ids.deleted });
  ids.orphan = (await make(ada, "lost passage")).id;
  await db().annotation.update({ where: { id: ids.orphan }, data: { anchorStatus: "ORPHANED" } });
});

const resolve = (who: Person | null, id: string, onPaper = paperId) => as(who).annotationLinks.resolve({ paperId: onPaper, id });

describe("resolving a link, per viewer", () => {
  it("opens a public thread for anyone, signed in or not", async () => {
    for (const who of [null, bob, fx.outsider])
      expect(await resolve(who, ids.pub)).toEqual({ status: "found", threadId: ids.pub, replyId: null, anchorStatus: "ANCHORED" });
  });

  it("opens a reply's thread and names the reply", async () => {
    expect(await resolve(null, ids.reply)).toEqual({ status: "found", threadId: ids.pub, replyId: ids.reply, anchorStatus: "ANCHORED" });
  });

  it("says when the thread's passage was orphaned", async () => {
    expect(await resolve(bob, ids.orphan)).toMatchObject({ status: "found", threadId: ids.orphan, anchorStatus: "ORPHANED" });
  });

  it("opens a private annotation for its author only, a team note for the team only", async () => {
    expect((await resolve(ada, ids.priv)).status).toBe("found");
    expect((await resolve(fx.people.VIEWER, ids.teamNote)).status).toBe("found");
    expect((await resolve(fx.people.OWNER, ids.teamNote)).status).toBe("found");
  });

  it("answers the same neutral 'unavailable' for private, other team's, deleted, wrong-paper and nonexistent ids", async () => {
    const answers = [
      await resolve(bob, ids.priv),
      await resolve(null, ids.priv),
      await resolve(fx.outsider, ids.teamNote),
      await resolve(null, ids.teamNote),
      await resolve(ada, ids.deleted),
      await resolve(ada, ids.pub, otherPaperId),
      await resolve(ada, "does-not-exist"),
      await resolve(null, "cl00000000000000000000000"),
    ];
    for (const answer of answers) expect(answer).toEqual({ status: "unavailable" });
  });

  it("answers 'unavailable' for a reply whose thread the viewer may not read", async () => {
    const teamReply = await as(fx.people.OWNER).annotations.reply({ id: ids.teamNote, body: "inside" });
    expect(await resolve(fx.outsider, teamReply.id)).toEqual({ status: "unavailable" });
    expect(await resolve(fx.people.MEMBER, teamReply.id)).toMatchObject({ status: "found", threadId: ids.teamNote, replyId: teamReply.id });
  });
});

describe("the unfurl (OpenGraph preview)", () => {
  it("gives a public annotation's paper title, quote, author and body as plain text", async () => {
    const preview = await as(null).annotationLinks.preview({ paperId, id: ids.pub });
    const paper = await db().paper.findUniqueOrThrow({ where: { id: paperId } });
    const author = await db().user.findUniqueOrThrow({ where: { id: ada.id } });
    expect(preview).toEqual({
      paperTitle: paper.title,
      quote: "the Transformer",
      author: author.name,
      excerpt: 'Public <b>take</b> on $\\alpha$ & "quotes"',
      isReply: false,
    });
  });

  it("gives a reply's own text and author with its thread's quote", async () => {
    expect(await as(null).annotationLinks.preview({ paperId, id: ids.reply })).toMatchObject({ quote: "the Transformer", excerpt: "A reply", isReply: true });
  });

  it("gives nothing for what is not public — even when asked by someone who may read it", async () => {
    expect(await as(ada).annotationLinks.preview({ paperId, id: ids.priv })).toBeNull();
    expect(await as(fx.people.OWNER).annotationLinks.preview({ paperId, id: ids.teamNote })).toBeNull();
    expect(await as(ada).annotationLinks.preview({ paperId, id: ids.deleted })).toBeNull();
    expect(await as(null).annotationLinks.preview({ paperId: otherPaperId, id: ids.pub })).toBeNull();
    expect(await as(null).annotationLinks.preview({ paperId, id: "nope" })).toBeNull();
  });
});
