import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LiveBus } from "@commonplace/db/live";
import { env } from "../env.ts";
import { db } from "../lib/services.ts";
import { as, paper, person, unique, type Person } from "../../test/fixtures.ts";
import { rangeOf, TEXT, textPaper } from "../../test/annotation-fixtures.ts";
import { publicCache, PublicCache, startPublicCache, tag, type CachedPage } from "./index.ts";
import { cachedPaper, cachedProfile } from "./reads.ts";

// Issue 17.5: public pages read through a shared in-memory cache, invalidated by PostgreSQL triggers over
// LISTEN/NOTIFY. Each change below is made once and must show on the very next request — through this
// process's cache (read-your-writes after a mutation) and through a second cache on its own LISTEN
// connection, standing in for another web instance. Nothing private may ever be in the shared cache: every
// private thing is named "secret", and no cached value may contain that word.

let ada: Person;
let root: Person;
let other: PublicCache;
let otherBus: LiveBus;

/** A second web instance's cache, in step with every change committed so far. */
async function otherInstance(): Promise<PublicCache> {
  await other.sync(db());
  return other;
}

const cachedText = (cache: PublicCache) => JSON.stringify(cache.values());

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
  expect(check()).toBe(true);
}

beforeAll(async () => {
  ada = await person("ada");
  root = await person("admin");
  await db().user.update({ where: { id: root.id }, data: { isAdmin: true } });
  otherBus = new LiveBus(env().DATABASE_URL);
  other = new PublicCache(otherBus);
  startPublicCache();
  other.start();
  // Both caches listen before the first read is kept (a cache that is not listening keeps nothing).
  await until(() => publicCache().active && other.active);
});

afterAll(async () => {
  await other.close();
  await otherBus.close();
});

describe("public cache", () => {
  it("keeps a paper for the next reader, and an administrator's edit shows on the next request on every instance", async () => {
    const p = await paper(`Attention ${unique()}`);
    expect((await as(null).papers.byId({ id: p.id })).title).toBe(p.title);
    expect((await cachedPaper(db(), p.id, true, other))?.title).toBe(p.title);
    // Whatever was announced before (a start's resync, the fixture's own writes) has arrived and may have
    // dropped the value: read it once more, so the next read is the one that must come from memory.
    await publicCache().sync(db());
    await as(null).papers.byId({ id: p.id });
    const hits = publicCache().stats.hits;
    expect((await as(null).papers.byId({ id: p.id })).title).toBe(p.title);
    expect(publicCache().stats.hits).toBe(hits + 1); // served from memory

    const title = `Attention Is All You Need ${unique()}`;
    await as(root).catalogue.suggest({ paperId: p.id, title, authors: ["Ashish Vaswani", "Noam Shazeer"], note: "arXiv page" });
    const here = await as(null).papers.byId({ id: p.id });
    expect(here.title).toBe(title);
    expect(here.authors.map((a) => a.name)).toEqual(["Ashish Vaswani", "Noam Shazeer"]);
    expect((await cachedPaper(db(), p.id, true, await otherInstance()))?.title).toBe(title);
  });

  it("a write outside the API (the worker's SQL) reaches the cache too", async () => {
    const p = await paper(`Bulk ${unique()}`);
    expect((await as(null).papers.byId({ id: p.id })).venue).toBeNull();
    await db().$executeRaw`UPDATE "Paper" SET venue = 'NeurIPS' WHERE id = ${p.id}`;
    await publicCache().sync(db());
    expect((await as(null).papers.byId({ id: p.id })).venue).toBe("NeurIPS");
  });

  it("a new public annotation counts on the next request; a private one never enters the cache", async () => {
    const p = await textPaper();
    const before = await as(null).discovery.paperStats({ paperId: p.id });
    expect(before).toMatchObject({ publicAnnotations: 0, upvoted: false });
    await as(ada).annotations.create({ paperId: p.id, target: rangeOf("the Transformer"), body: "open note", visibility: "PUBLIC" });
    expect(await as(null).discovery.paperStats({ paperId: p.id })).toMatchObject({ publicAnnotations: 1 });
    expect((await cachedProfile(db(), ada.handle, await otherInstance()))?.annotations.map((a) => a.bodyHtml)).toEqual([expect.stringContaining("open note")]);

    await as(ada).annotations.create({ paperId: p.id, target: rangeOf("the Transformer"), body: "secret private note", visibility: "PRIVATE" });
    expect(await as(null).discovery.paperStats({ paperId: p.id })).toMatchObject({ publicAnnotations: 1 });
    expect((await as(null).profiles.byHandle({ handle: ada.handle })).annotations).toHaveLength(1);
    // The author sees their own vote state and follow state, computed per request, never cached.
    await as(ada).upvotes.set({ paperId: p.id, upvoted: true });
    expect(await as(ada).discovery.paperStats({ paperId: p.id })).toMatchObject({ upvotes: 1, upvoted: true });
    expect(await as(null).discovery.paperStats({ paperId: p.id })).toMatchObject({ upvotes: 1, upvoted: false });
    expect(cachedText(publicCache())).not.toContain("secret");
    expect(cachedText(publicCache())).not.toContain('"upvoted"');
  });

  it("a list made private leaves the profile and the paper's counts on the next request, on every instance", async () => {
    const listed = await paper(`Listed ${unique()}`);
    const list = await as(ada).lists.create({ title: `secret reading ${unique()}`, visibility: "PUBLIC" });
    await as(ada).lists.addItem({ listId: list.id, paperId: listed.id });
    expect((await as(null).profiles.byHandle({ handle: ada.handle })).lists.map((l) => l.id)).toContain(list.id);
    expect(await as(null).discovery.paperStats({ paperId: listed.id })).toMatchObject({ publicLists: 1 });
    expect((await cachedProfile(db(), ada.handle, other))?.lists.map((l) => l.id)).toContain(list.id);

    const current = await as(ada).lists.get({ listId: list.id });
    await as(ada).lists.update({ listId: list.id, expectedVersion: current.version, visibility: "PRIVATE" });
    expect((await as(null).profiles.byHandle({ handle: ada.handle })).lists.map((l) => l.id)).not.toContain(list.id);
    expect(await as(null).discovery.paperStats({ paperId: listed.id })).toMatchObject({ publicLists: 0 });
    expect((await cachedProfile(db(), ada.handle, await otherInstance()))?.lists.map((l) => l.id)).not.toContain(list.id);
    expect(cachedText(publicCache())).not.toContain("secret");
    expect(cachedText(other)).not.toContain("secret");
  });

  it("a private PDF is never offered to a visitor nor cached; made public, it is offered on the next request", async () => {
    const p = await textPaper();
    const pdf = await db().paperPdf.create({
      data: {
        paperId: p.id,
        uploaderId: ada.id,
        visibility: "PRIVATE",
        fileName: "secret-upload.pdf",
        size: 3,
        sha256: unique(),
        bytes: Buffer.from("pdf"),
        fullText: TEXT,
      },
    });
    expect(await as(null).annotations.document({ paperId: p.id })).toMatchObject({ pdf: null, ownPdf: null });
    expect((await as(ada).annotations.document({ paperId: p.id })).pdf).not.toBeNull(); // the uploader's own
    expect(await as(null).annotations.document({ paperId: p.id })).toMatchObject({ pdf: null, ownPdf: null });
    expect(cachedText(publicCache())).not.toContain("secret");

    await db().paperPdf.update({ where: { id: pdf.id }, data: { visibility: "PUBLIC" } });
    await publicCache().sync(db());
    expect((await as(null).annotations.document({ paperId: p.id })).pdf).toMatchObject({ size: 3 });
  });

  it("the viewer's relation to a profile is per request: a follow shows for the follower, never for a visitor", async () => {
    const bob = await person("bob");
    expect((await as(null).profiles.byHandle({ handle: ada.handle })).viewer).toBeNull();
    await as(bob).follows.followUser({ handle: ada.handle });
    expect((await as(bob).profiles.byHandle({ handle: ada.handle })).viewer).toEqual({ isSelf: false, following: true });
    const visitor = await as(null).profiles.byHandle({ handle: ada.handle });
    expect(visitor.viewer).toBeNull();
    expect(visitor.stats.followers).toBe(1);
    expect((await as(ada).profiles.byHandle({ handle: ada.handle })).viewer).toEqual({ isSelf: true, following: false });
  });

  it("forgets everything when its LISTEN connection drops: a change missed meanwhile is never served stale", async () => {
    const [changed, untouched] = await Promise.all([paper(`Missed ${unique()}`), paper(`Untouched ${unique()}`)]);
    const held = () => other.values().map((v) => (v as { id: string }).id);
    // Read both into the cache. A paper's own creation event (its NOTIFY) can arrive after the first read and drop it
    // (CI saw that once under load), so read again until both stay.
    const bothHeld = () => held().includes(changed.id) && held().includes(untouched.id);
    for (let i = 0; i < 40 && !bothHeld(); i++) {
      for (const p of [changed, untouched]) await cachedPaper(db(), p.id, true, other);
      await new Promise((r) => setTimeout(r, 25));
    }
    expect(held()).toEqual(expect.arrayContaining([changed.id, untouched.id]));
    // The listeners of this database are killed, and the change commits once they are gone (its NOTIFY is lost).
    await db().$transaction(async (tx) => {
      await tx.$queryRaw`SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND query ILIKE 'LISTEN%'`;
      await tx.$executeRaw`UPDATE "Paper" SET venue = 'Missed while down' WHERE id = ${changed.id}`;
    });
    // Back up, it has dropped every value (the untouched one too: it cannot know what it missed) ...
    await until(() => other.active && !held().includes(untouched.id));
    // ... so the next read is fresh.
    expect((await cachedPaper(db(), changed.id, true, other))?.venue).toBe("Missed while down");
  });

  it("holds a bounded number of values, least recently used out first", async () => {
    const small = new PublicCache(otherBus, { maxEntries: 3 });
    small.start();
    await until(() => small.active);
    const ids = (await Promise.all([1, 2, 3, 4, 5].map(() => paper(`Bounded ${unique()}`)))).map((p) => p.id);
    for (const id of ids) await cachedPaper(db(), id, false, small);
    expect(small.size).toBe(3);
    expect(small.values().map((v) => (v as { id: string }).id)).toEqual(ids.slice(2));
    await small.close();
  });

  it("keeps a rendered page under the tags of what its render read, and drops it with them", async () => {
    const [shown, other2] = await Promise.all([paper(`Rendered ${unique()}`), paper(`Elsewhere ${unique()}`)]);
    const page = (html: string): CachedPage => ({
      status: 200,
      headers: [["content-type", "text/html"]],
      nonce: "n0nce",
      parts: html.split("n0nce").map((part) => Buffer.from(part)),
    });
    // A render (a request handled inside run, across awaits) that reads the paper through the cache.
    const render = async (id: string) => {
      const recording = other.recordPage();
      const title = await recording.run(async () => {
        await new Promise((r) => setTimeout(r, 5));
        return (await cachedPaper(db(), id, false, other))?.title;
      });
      return { recording, title: title! };
    };
    // What the fixture's own writes announced has arrived (a render it overlapped would rightly not be kept).
    for (const p of [shown, other2]) await cachedPaper(db(), p.id, false, other);
    await otherInstance();
    const kept = await render(shown.id);
    expect(kept.recording.finish("page:/papers/shown", page(`<h1>${kept.title}</h1><script nonce="n0nce"></script>`))).toBe(true);
    expect(other.page("page:/papers/shown")?.parts.map(String).join("N")).toBe(`<h1>${shown.title}</h1><script nonce="N"></script>`);
    // A change to another paper leaves it; a change to the paper it showed drops it, on every instance.
    await db().paper.update({ where: { id: other2.id }, data: { venue: "Elsewhere" } });
    expect((await otherInstance()).page("page:/papers/shown")).toBeDefined();
    await db().paper.update({ where: { id: shown.id }, data: { venue: "Changed" } });
    expect((await otherInstance()).page("page:/papers/shown")).toBeUndefined();

    // A change committed while the page renders: the page may predate it, so it is not kept.
    const racing = await render(shown.id);
    await db().paper.update({ where: { id: shown.id }, data: { venue: "Changed again" } });
    await otherInstance();
    expect(racing.recording.finish("page:/papers/racing", page("<h1>old</h1>"))).toBe(false);
    expect(other.page("page:/papers/racing")).toBeUndefined();

    // A render that read nothing through the cache (nothing would ever drop it) is not kept.
    const blind = other.recordPage();
    await blind.run(async () => db().paper.findUnique({ where: { id: shown.id } }));
    expect(blind.finish("page:/papers/blind", page("<h1>blind</h1>"))).toBe(false);
    // Nor one whose render read a value the cache would not keep (a merged id's answer: null tags).
    const missing = other.recordPage();
    await missing.run(async () => cachedPaper(db(), "no-such-paper-id", false, other));
    expect(missing.finish("page:/papers/missing", page("<h1>missing</h1>"))).toBe(false);

    // Nor one whose render met a failed read (it shows an error note in its place) …
    const failed = other.recordPage();
    await failed.run(async () => {
      await cachedPaper(db(), shown.id, false, other);
      await other
        .get(
          "related:down",
          () => Promise.reject(new Error("search is down")),
          () => [tag.paper(shown.id)],
        )
        .catch(() => null);
    });
    expect(failed.finish("page:/papers/failed", page("<p>Search is temporarily unavailable</p>"))).toBe(false);
    // … nor one that joined another request's load which an invalidation overtook (the value may be stale).
    let release!: () => void;
    const slow = other.get(
      "slow:value",
      () => new Promise<string>((resolve) => (release = () => resolve("old"))),
      () => [tag.paper(shown.id)],
    );
    other.invalidate(tag.paper(shown.id));
    const joined = other.recordPage();
    const reading = joined.run(() =>
      other.get(
        "slow:value",
        async () => "fresh",
        () => [tag.paper(shown.id)],
      ),
    );
    release();
    expect(await reading).toBe("old");
    await slow;
    expect(joined.finish("page:/papers/joined", page("<p>old</p>"))).toBe(false);
  });
});
