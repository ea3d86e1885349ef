import { spawn } from "node:child_process";
import { expect, it } from "vitest";
import { createBoss, createIngestRun, startBoss, stopBoss } from "@commonplace/jobs";
import { WORKER_NODE_OPTIONS } from "@commonplace/worker/heap";
import { arxivLine } from "../../apps/worker/test/helpers.ts";
import { health, launchedApp, partPid, root, until } from "./harness.ts";
import { indexedDocuments, serviceEnv } from "./search.ts";

// The worker killed with SIGKILL in the middle of a 20k-paper file: the app stays up, the launcher restarts
// the worker, the run resumes from its last committed batch and ends DONE with every paper exactly once in
// PostgreSQL and in Meilisearch; a second worker started beside it shares the same file.

const PAPERS = 20_000;
const launched = launchedApp();

it("a worker killed mid-ingest is restarted and the run completes with every paper once", async () => {
  const [app, db] = [launched.app(), launched.db()];
  const file = Array.from({ length: PAPERS }, (_, i) => arxivLine(50_000 + i)).join("\n");
  const boss = await startBoss(createBoss(app.databaseUrl));
  const { runId } = await createIngestRun(
    db,
    boss,
    { files: [{ fileName: "twenty-thousand.jsonl", bytes: new TextEncoder().encode(file) }] },
    { source: "fault-test", maxBytes: 100 * 1024 * 1024 },
  );
  await stopBoss(boss);

  // A second worker, started the way the README's scale-out recipe says, shares the file.
  const second = spawn(process.execPath, ["--import", "tsx", "apps/worker/src/main.ts"], {
    cwd: root,
    env: { ...process.env, ...serviceEnv(app), NODE_OPTIONS: WORKER_NODE_OPTIONS, LOG_LEVEL: "warn" },
    stdio: "ignore",
  });
  const owners = new Set<string>();
  const sampler = setInterval(() => {
    void db.ingestChunk.findMany({ where: { runId, status: "RUNNING" }, select: { leaseOwner: true } }).then(
      (rows) => rows.forEach((r) => r.leaseOwner && owners.add(r.leaseOwner)),
      () => undefined,
    );
  }, 200);
  try {
    await until("a few thousand papers in", 180_000, async () => (await db.ingestRun.findUniqueOrThrow({ where: { id: runId } })).created >= 2_000);
    const worker = partPid(app, "worker");
    const before = app.output().length;
    process.kill(worker, "SIGKILL");
    const killedAt = Date.now();
    await app.waitFor(/The worker stopped unexpectedly \(killed by SIGKILL\)/, 30_000, before);
    await app.waitFor("The worker is running again", 60_000, before);
    expect(await health(app, "/api/health/live")).toBe(200); // the app stayed up

    const run = await until(
      "the run DONE",
      120_000,
      async () => {
        const r = await db.ingestRun.findUniqueOrThrow({ where: { id: runId } });
        return r.status === "DONE" ? r : r.status === "FAILED" ? Promise.reject(new Error("run FAILED")) : undefined;
      },
      1000,
    );
    const recoveredMs = Date.now() - killedAt;
    expect(run.created + run.updated + run.duplicate).toBe(PAPERS);
    const papers = await db.paper.count({ where: { arxivId: { gte: "2401.50000", lte: "2401.69999" } } }); // arxivLine(50_000 + i)
    expect(papers).toBe(PAPERS);
    const inPostgres = await db.paper.count();
    await until(
      "Meilisearch equal to PostgreSQL",
      60_000,
      async () => (await indexedDocuments(app)) === inPostgres && (await db.searchOutbox.count({ where: { processedAt: null } })) === 0,
      1000,
    );
    expect(owners.size).toBeGreaterThanOrEqual(2); // one file, several workers
    process.stdout.write(`[recovery] worker SIGKILL → run DONE and index complete: ${Math.round(recoveredMs / 1000)} s after the kill\n`);
  } finally {
    clearInterval(sampler);
    second.kill("SIGTERM");
  }
}, 600_000);
