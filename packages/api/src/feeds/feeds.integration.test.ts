import { beforeAll, describe, expect, it } from "vitest";
import type { AnnotationVisibility, Visibility } from "@commonplace/db";
import { db } from "../lib/services.ts";
import { paper, person, team, unique, type Person } from "../../test/fixtures.ts";
import { CONTENT_TYPE, FORMATS, HOSTILE, HOSTILE_SHOWN, fetchFeed, shownText } from "../../test/feed-client.ts";
import { annotationsFeedRoute, listFeedRoute } from "./index.ts";

// The list and annotation feeds through their route handlers, on real PostgreSQL, parsed by rss-parser.
// Secret markers are written into content that must never be published; each test looks for them in the
// raw XML, so a leak fails whatever element it would land in.

const BASE = "http://localhost:3000";

/** Hostile markup may survive only as escaped text: no live tag, handler or script URL. */
function expectInert(html: string) {
  expect(html).not.toMatch(/<\s*(script|img|iframe)\b/i);
  expect(html).not.toMatch(/<[^>]*\son\w+=/i);
  expect(html).not.toMatch(/href\s*=\s*"\s*javascript:/i);
}

async function list(owner: Person, visibility: Visibility, opts: { teamId?: string; title?: string; items?: { paperId: string; note?: string }[] } = {}) {
  return db().readingList.create({
    data: {
      title: opts.title ?? `List ${unique()}`,
      visibility,
      createdById: owner.id,
      ...(opts.teamId ? { teamId: opts.teamId } : { ownerId: owner.id }),
      shareToken: visibility === "UNLISTED" ? `share-${unique()}` : null,
      items: { create: (opts.items ?? []).map((item, i) => ({ ...item, position: `a${i}`, addedById: owner.id })) },
    },
  });
}

async function annotate(
  author: Person,
  paperId: string,
  body: string,
  visibility: AnnotationVisibility,
  scope: { listId?: string; teamId?: string; deleted?: boolean } = {},
) {
  return db().annotation.create({
    data: {
      paperId,
      authorId: author.id,
      body,
      visibility,
      quote: `quoted ${body}`,
      listId: scope.listId ?? null,
      teamId: scope.teamId ?? null,
      deletedAt: scope.deleted ? new Date() : null,
    },
  });
}

describe("reading list feeds", () => {
  let owner: Person;
  let publicListId: string;
  let hostilePaper: { id: string; title: string };
  let plainPaper: { id: string; title: string };
  const listTitle = `Transformers & friends <b>${unique()}</b>`;

  beforeAll(async () => {
    owner = await person("feeder");
    hostilePaper = await paper(`${HOSTILE} ${unique()}`);
    plainPaper = await paper(`Attention is all you need ${unique()}`);
    const created = await list(owner, "PUBLIC", {
      title: listTitle,
      items: [
        { paperId: hostilePaper.id, note: `**Read first** ${HOSTILE} <img src=x onerror=alert(1)> [js](javascript:alert(1)) @${owner.handle}` },
        { paperId: plainPaper.id },
      ],
    });
    publicListId = created.id;
  });

  for (const format of FORMATS) {
    it(`renders a public list as ${format}: titles, absolute links, notes rendered safely`, async () => {
      const res = await fetchFeed(listFeedRoute(format), { id: publicListId });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(CONTENT_TYPE[format]);
      const feed = res.feed!;
      expect(feed.title).toBe(listTitle);
      expect(feed.link).toBe(`${BASE}/lists/${publicListId}`);
      expect(feed.feedUrl).toBe(`${BASE}/lists/${publicListId}/feed.${format}`);
      expect(feed.items).toHaveLength(2);
      const byLink = new Map(feed.items.map((item) => [item.link, item]));
      const hostile = byLink.get(`${BASE}/papers/${hostilePaper.id}`);
      expect(shownText(hostile?.title)).toBe(hostilePaper.title.replace(HOSTILE, HOSTILE_SHOWN));
      expect(shownText(byLink.get(`${BASE}/papers/${plainPaper.id}`)?.title)).toBe(plainPaper.title);
      const content = String(hostile?.content ?? hostile?.["content:encoded"] ?? "");
      expect(content).toContain("<strong>Read first</strong>");
      expect(content).toContain("Ada Lovelace, Alan Turing · 2020");
      expect(content).toContain(`href="${BASE}/u/${owner.handle}"`); // the @mention, made absolute
      expectInert(content);
      expect(hostile?.isoDate).toBeTruthy();
      expect(res.body).not.toMatch(/[\u0001\u0008\u000b\u001f\ufffe]/);
    });
  }

  it("answers a conditional GET with 304 and caches briefly", async () => {
    const first = await fetchFeed(listFeedRoute("atom"), { id: publicListId });
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^".+"$/);
    expect(first.headers.get("cache-control")).toMatch(/max-age=\d+/);
    expect(first.headers.get("last-modified")).toBeTruthy();
    const again = await fetchFeed(listFeedRoute("atom"), { id: publicListId }, { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    expect(again.body).toBe("");
    const changed = await fetchFeed(listFeedRoute("atom"), { id: publicListId }, { headers: { "if-none-match": '"stale"' } });
    expect(changed.status).toBe(200);
  });

  it("404s for UNLISTED, TEAM and PRIVATE lists exactly as for a list that does not exist", async () => {
    const squad = await team();
    const secret = `SECRET-${unique()}`;
    const item = { paperId: plainPaper.id, note: secret };
    const hidden = [
      await list(owner, "UNLISTED", { title: secret, items: [item] }),
      await list(owner, "PRIVATE", { title: secret, items: [item] }),
      await list(squad.people.OWNER, "TEAM", { teamId: squad.id, title: secret, items: [item] }),
      await list(squad.people.OWNER, "PRIVATE", { teamId: squad.id, title: secret, items: [item] }),
    ];
    const missing = await fetchFeed(listFeedRoute("rss"), { id: `nope-${unique()}` });
    expect(missing.status).toBe(404);
    for (const format of FORMATS) {
      for (const row of hidden) {
        const res = await fetchFeed(listFeedRoute(format), { id: row.id });
        expect(res.status, `${row.visibility} list as ${format}`).toBe(404);
        expect(res.body).toBe(missing.body);
        expect(res.body).not.toContain(secret);
      }
    }
  });

  it("stops publishing a list the moment it is no longer PUBLIC", async () => {
    const row = await list(owner, "PUBLIC", { items: [{ paperId: plainPaper.id }] });
    expect((await fetchFeed(listFeedRoute("rss"), { id: row.id })).status).toBe(200);
    await db().readingList.update({ where: { id: row.id }, data: { visibility: "UNLISTED", shareToken: `s-${unique()}` } });
    expect((await fetchFeed(listFeedRoute("rss"), { id: row.id })).status).toBe(404);
  });
});

describe("a person's annotation feed", () => {
  it("publishes only their PUBLIC annotations (and those on PUBLIC lists), never private, team or hidden-list ones", async () => {
    const squad = await team();
    const author = squad.people.MEMBER;
    const other = await person("other");
    const target = await paper(`Annotated ${unique()}`);
    const publicList = await list(author, "PUBLIC", { items: [{ paperId: target.id }] });
    const unlisted = await list(author, "UNLISTED", { items: [{ paperId: target.id }] });
    const teamList = await list(author, "TEAM", { teamId: squad.id, items: [{ paperId: target.id }] });
    const shown = [
      await annotate(author, target.id, `PUBLIC-OPEN-${unique()} ${HOSTILE} <iframe src=x></iframe> [x](javascript:alert(1))`, "PUBLIC"),
      await annotate(author, target.id, `PUBLIC-ON-LIST-${unique()}`, "PUBLIC", { listId: publicList.id }),
    ];
    const secrets = [
      (await annotate(author, target.id, `LEAK-PRIVATE-${unique()}`, "PRIVATE")).body,
      (await annotate(author, target.id, `LEAK-TEAM-${unique()}`, "TEAM", { teamId: squad.id })).body,
      (await annotate(author, target.id, `LEAK-UNLISTED-LIST-${unique()}`, "PUBLIC", { listId: unlisted.id })).body,
      (await annotate(author, target.id, `LEAK-TEAM-LIST-${unique()}`, "PUBLIC", { listId: teamList.id, teamId: squad.id })).body,
      (await annotate(author, target.id, `LEAK-TEAM-ON-PUBLIC-LIST-${unique()}`, "TEAM", { listId: publicList.id })).body,
      (await annotate(author, target.id, `LEAK-DELETED-${unique()}`, "PUBLIC", { deleted: true })).body,
      (await annotate(other, target.id, `LEAK-SOMEONE-ELSE-${unique()}`, "PUBLIC")).body,
    ];
    for (const format of FORMATS) {
      const res = await fetchFeed(annotationsFeedRoute(format), { handle: author.handle });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(CONTENT_TYPE[format]);
      const feed = res.feed!;
      expect(feed.title).toBe(`${author.name}’s annotations`);
      expect(feed.link).toBe(`${BASE}/u/${author.handle}`);
      expect(feed.items.map((i) => i.link).sort()).toEqual(shown.map((a) => `${BASE}/papers/${target.id}?annotation=${a.id}`).sort());
      for (const item of feed.items) expect(shownText(item.title)).toBe(`On “${target.title}”`);
      const open = feed.items.find((i) => i.link?.endsWith(shown[0]!.id));
      const content = String(open?.content ?? open?.["content:encoded"] ?? "");
      expect(content).toContain("<blockquote>");
      expect(shownText(content)).toContain(HOSTILE_SHOWN);
      expectInert(content);
      for (const secret of secrets) expect(res.body).not.toContain(secret.split(" ")[0]);
    }
  });

  it("404s for an unknown handle", async () => {
    for (const format of FORMATS) expect((await fetchFeed(annotationsFeedRoute(format), { handle: `nobody-${unique()}` })).status).toBe(404);
  });
});
