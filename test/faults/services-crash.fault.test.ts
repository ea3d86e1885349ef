import { rmSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { createDb } from "@commonplace/db";
import { createBoss, createIngestRun, startBoss, stopBoss } from "@commonplace/jobs";
import { arxivLine } from "../../apps/worker/test/helpers.ts";
import { health, launchedApp, partPid, until } from "./harness.ts";
import { indexedDocuments } from "./search.ts";

// The embedded services die under a running app: the launcher restarts them on the same data and port,
// the app answers honestly meanwhile (503 naming the search service), and comes back without a restart.

const launched = launchedApp();

it("Meilisearch killed during an ingest: search answers 503 naming it, the launcher restarts it, the index catches up", async () => {
  const [app, db] = [launched.app(), launched.db()];
  const boss = await startBoss(createBoss(app.databaseUrl));
  const lines = Array.from({ length: 5_000 }, (_, i) => arxivLine(70_000 + i)).join("\n");
  const { runId } = await createIngestRun(
    db,
    boss,
    { files: [{ fileName: "five-thousand.jsonl", bytes: new TextEncoder().encode(lines) }] },
    { source: "fault-test" },
  );
  await stopBoss(boss);
  await until("indexing under way", 120_000, async () => (await db.ingestRun.findUniqueOrThrow({ where: { id: runId } })).created >= 500);

  const before = app.output().length;
  process.kill(partPid(app, "meilisearch"), "SIGKILL");
  const killedAt = Date.now();
  const answer = await fetch(`${app.base}/api/v1/papers/search?q=synthetic`);
  expect(answer.status).toBe(503);
  expect(answer.headers.get("retry-after")).toBeTruthy();
  const body = (await answer.json()) as { error: { code: string; message: string } };
  expect(body.error.message).toMatch(/search/i);
  expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|fetch failed/);

  await app.waitFor(/The embedded Meilisearch stopped unexpectedly \(killed by SIGKILL\)/, 30_000, before);
  await app.waitFor("The embedded Meilisearch is running again", 60_000, before);
  await until("the run DONE", 180_000, async () => (await db.ingestRun.findUniqueOrThrow({ where: { id: runId } })).status === "DONE", 1000);
  const inPostgres = await db.paper.count();
  await until(
    "outbox empty and the index equal to PostgreSQL",
    60_000,
    async () => (await db.searchOutbox.count({ where: { processedAt: null } })) === 0 && (await indexedDocuments(app)) === inPostgres,
    1000,
  );
  process.stdout.write(
    `[recovery] Meilisearch SIGKILL → outbox empty, index equal to PostgreSQL: ${Math.round((Date.now() - killedAt) / 1000)} s after the kill\n`,
  );
  expect((await fetch(`${app.base}/api/v1/papers/search?q=synthetic`)).status).toBe(200);
}, 600_000);

it("Meilisearch killed and its data lost: the launcher restarts it empty, the worker rebuilds the indexes from PostgreSQL", async () => {
  const [app, db] = [launched.app(), launched.db()];
  const inPostgres = await db.paper.count();
  expect(inPostgres).toBeGreaterThan(0);
  const before = app.output().length;
  process.kill(partPid(app, "meilisearch"), "SIGKILL");
  const killedAt = Date.now();
  rmSync(path.join(app.dataDir, "meilisearch", "data.ms"), { recursive: true, force: true });
  await app.waitFor("The embedded Meilisearch is running again", 60_000, before);
  // Nothing changed in PostgreSQL, so the outbox has nothing to send: only the worker's index check brings the papers back.
  const search = await until(
    "every paper searchable again",
    180_000,
    async () => {
      const response = await fetch(`${app.base}/api/v1/papers/search?q=synthetic&limit=1`);
      if (!response.ok) return undefined;
      const body = (await response.json()) as { total: number };
      return (await indexedDocuments(app)) === inPostgres ? body : undefined;
    },
    1000,
  );
  expect(search.total).toBeGreaterThan(0);
  expect(app.output().slice(before)).toMatch(/rebuilding both indexes from PostgreSQL/);
  process.stdout.write(`[recovery] Meilisearch data lost → every paper indexed again: ${Math.round((Date.now() - killedAt) / 1000)} s after the kill\n`);
}, 300_000);

it("PostgreSQL killed: the launcher restarts it and writes succeed again without restarting the web app", async () => {
  const app = launched.app();
  const web = partPid(app, "web");
  const before = app.output().length;
  process.kill(partPid(app, "postgres"), "SIGKILL");
  const killedAt = Date.now();
  await app.waitFor(/The embedded PostgreSQL stopped unexpectedly \(killed by SIGKILL\)/, 30_000, before);
  await app.waitFor("The embedded PostgreSQL is running again", 120_000, before);
  const handle = `after-crash-${Date.now().toString(36)}`;
  const signUp = await until(
    "a write through the web app",
    60_000,
    async () => {
      const response = await fetch(`${app.base}/api/trpc/auth.signUp`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: app.base },
        body: JSON.stringify({ json: { email: `${handle}@example.org`, password: "correct horse battery staple 42", handle, name: "After Crash" } }),
      });
      return response.ok ? response : undefined;
    },
    1000,
  );
  expect(signUp.ok).toBe(true);
  const fresh = createDb(app.databaseUrl, { max: 1 });
  try {
    expect(await fresh.user.count({ where: { handle } })).toBe(1);
  } finally {
    await fresh.$disconnect();
  }
  expect(partPid(app, "web")).toBe(web); // the same web process: it reconnected on its own
  expect(await health(app)).toBe(200);
  process.stdout.write(`[recovery] PostgreSQL SIGKILL → writes succeed again: ${Math.round((Date.now() - killedAt) / 1000)} s after the kill\n`);
}, 300_000);
