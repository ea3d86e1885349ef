import { realpathSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { freePort, startEmbeddedPostgres, type EmbeddedPostgresHandle } from "@commonplace/embedded";
import { cleanup, launch, partPid, until, type Launched } from "./harness.ts";
import { HttpSession, type SseStream } from "./http-session.ts";

// PostgreSQL goes away for ten seconds under a running app with a live subscriber, and comes back. The
// launcher restarts an embedded PostgreSQL at once, so this one is external (DATABASE_URL) and the test
// decides when it returns. Everything else goes over real HTTP, as the browser does it: next-auth sign-in,
// the live.paper subscription over SSE (httpSubscriptionLink's GET), annotations.create as the reader
// sends it. The subscription opened before the outage must deliver the annotations written after it
// (directly, or through the catch-up that follows the bus's reconnect, or after a live.reload notice),
// with the same web process.

const DEMO = { email: "ada@demo.commonplace.test", password: "commonplace-demo" };
const OUTAGE_MS = 10_000;

interface LiveEventView {
  kind: string;
  id: string | null;
  at: number;
}
interface Health {
  status: string;
  db: string;
  live: string;
}

let dir: string;
let pgPort: number;
let postgres: EmbeddedPostgresHandle | undefined;
let app: Launched | undefined;

const startPostgres = () => startEmbeddedPostgres({ dataDir: path.join(dir, "postgres"), port: pgPort, database: "commonplace" });

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "commonplace-live-outage-"));
  pgPort = await freePort();
  postgres = await startPostgres();
  // With DATABASE_URL the launcher seeds nothing unless asked: SEED_DEMO brings the demo users and papers.
  app = await launch({ env: { DATABASE_URL: postgres.url, SEED_DEMO: "true" }, ready: false });
  await app.waitFor("Commonplace is ready").catch((error: Error) => {
    throw new Error(`${error.message}\n${app!.output().slice(-3000)}`);
  });
});

afterAll(async () => {
  await cleanup(app);
  await postgres?.stop();
  if (!dir) return;
  // As root the cluster may live in a shared folder that dir/postgres links to: remove that too.
  const data = path.join(dir, "postgres");
  let real = data;
  try {
    real = realpathSync(data);
  } catch {
    // never created
  }
  await rm(real, { recursive: true, force: true });
  await rm(dir, { recursive: true, force: true });
});

async function health(base: string): Promise<{ code: number; body: Health | null }> {
  try {
    const answer = await fetch(`${base}/api/health`);
    return { code: answer.status, body: (await answer.json()) as Health };
  } catch {
    return { code: 0, body: null };
  }
}

const eventFor = (stream: SseStream, id: string, from = 0) => stream.values<LiveEventView>(from).find((e) => e.id === id);

it("PostgreSQL stopped for 10 s and started again: the open live subscription delivers every annotation written after the restart, same web process", async () => {
  const session = new HttpSession(app!.base);
  await session.signIn(DEMO.email, DEMO.password);
  const paperId = await until("a demo paper to annotate", 60_000, async () => {
    const answer = await session.fetch("/api/v1/papers/search?q=&limit=1");
    return answer.ok ? ((await answer.json()) as { hits: { id: string }[] }).hits[0]?.id : undefined;
  });
  const annotate = async (body: string) =>
    (await session.mutation<{ id: string }>("annotations.create", { paperId, target: { start: 0, end: 12 }, body, visibility: "PRIVATE" })).id;

  const stream = await session.subscribe("live.paper", { paperId });
  await until("the subscription connected", 30_000, () => stream.events.some((e) => e.event === "connected"));
  // The server attaches its listener just after "connected": write (again every few seconds) until one arrives.
  let before: { id: string; at: number } | undefined;
  await until("a live event for an annotation written before the outage", 30_000, async () => {
    if (!before || Date.now() - before.at > 3_000) before = { id: await annotate("before the outage"), at: Date.now() };
    return eventFor(stream, before.id);
  });
  const web = partPid(app!, "web");

  // The outage: PostgreSQL's fast shutdown (pg_ctl stop -m fast), ten seconds of nothing.
  const from = stream.events.length;
  await postgres!.stop();
  postgres = undefined;
  const stoppedAt = Date.now();
  const during = await until("/api/health reporting the live bus down", OUTAGE_MS - 1_000, async () => {
    const h = await health(app!.base);
    return h.body?.live === "down" ? h : undefined;
  });
  expect(during.code).toBe(503);
  expect(during.body).toMatchObject({ status: "degraded", db: "down", live: "down" });
  await new Promise((r) => setTimeout(r, Math.max(0, OUTAGE_MS - (Date.now() - stoppedAt))));
  expect(stream.ended).toBeNull();

  postgres = await startPostgres();
  const restartedAt = Date.now();
  // Writes fail until the web app's database connections are back; then two annotations, one after the other.
  const after: string[] = [];
  for (const n of [1, 2]) after.push(await until(`annotation ${n} written after the restart`, 60_000, () => annotate(`after the restart, ${n}`), 250));

  // Each arrives on the subscription opened before the outage (as annotation.created, or annotation.changed
  // from the catch-up after the bus reconnected) — or the stream says live.reload and works after it.
  let probe: string | undefined;
  await until("live events for both annotations written after the restart", 60_000, async () => {
    const values = stream.values<LiveEventView>(from);
    if (after.every((id) => eventFor(stream, id, from))) return true;
    const reload = values.findIndex((e) => e.kind === "live.reload");
    if (reload < 0) return false;
    probe ??= await annotate("after the reload notice");
    return values.slice(reload + 1).some((e) => e.id === probe);
  });
  const delivered = stream.values<LiveEventView>(from);
  const first = delivered[0]!;
  if (!probe) for (const id of after) expect(["annotation.created", "annotation.changed"]).toContain(eventFor(stream, id, from)!.kind);
  expect(stream.events.filter((e) => e.event === "serialized-error")).toEqual([]);
  expect(stream.ended).toBeNull();

  // Health says the live bus is back, and it is still the same web process.
  const healthy = await until("/api/health reporting the live bus up", 60_000, async () => {
    const h = await health(app!.base);
    return h.body?.live === "up" && h.body.db === "up" ? h : undefined;
  });
  const liveUpAfter = Date.now() - restartedAt;
  expect(healthy.body).toMatchObject({ db: "up", live: "up" });
  expect(partPid(app!, "web")).toBe(web);
  stream.close();

  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  process.stdout.write(
    `[recovery] PostgreSQL stopped ${OUTAGE_MS / 1000} s → first live event (${first.kind}) ${seconds(first.receivedAt - restartedAt)} after its restart; ` +
      `${probe ? "live.reload, then events" : "both annotations delivered"}; health live up within ${seconds(liveUpAfter)}; same web process\n`,
  );
}, 600_000);
