import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { expect, request as http, test, type APIRequestContext } from "@playwright/test";
import { freePort, startEmbeddedPostgres, startMeilisearch } from "@commonplace/embedded";
import { WEB_NODE_OPTIONS, WORKER_NODE_OPTIONS } from "@commonplace/worker/heap";
import { importText, waitForSearch } from "./support.ts";

// Issue 11: the README's scale-out recipe ("Running on external services and scaling out") works as
// written. PostgreSQL and Meilisearch are started the way the integration tier starts them (they stand in
// for external services); then, with only the README's variables, its commands: migrations, two web
// instances (apps/web/server.mjs, on two ports) and two workers.

const root = path.resolve(import.meta.dirname, "..");
const readme = readFileSync(path.join(root, "README.md"), "utf8");
const section = readme.slice(
  readme.indexOf("## Running on external services and scaling out"),
  readme.indexOf("\n## ", readme.indexOf("## Running on external services") + 3),
);
const MIGRATE = "npm run db:migrate";
const WEB = `cd apps/web && NODE_ENV=production NODE_OPTIONS="${WEB_NODE_OPTIONS}" node server.mjs --port`;
const WORKER = `NODE_OPTIONS="${WORKER_NODE_OPTIONS}" node --import tsx apps/worker/src/main.ts`;
const DIGEST = "apps/worker/seed/daily-papers-digest.txt";
const DIGEST_PAPERS = 49;

interface Part {
  name: string;
  child: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

function start(name: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Part {
  const child = spawn(process.execPath, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (c) => (output += c));
  child.stderr!.on("data", (c) => (output += c));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    name,
    child,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

/** The environment of a process a self-hoster starts: theirs, without anything Commonplace reads, plus the recipe's variables. */
function environment(shared: Record<string, string>, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env))
    if (/^(DATABASE_URL|MEILI_|AUTH_SECRET|APP_URL|NEXTAUTH_|PORT$|PG_PORT|NODE_OPTIONS|NODE_ENV|SEED_DEMO)/.test(key)) delete env[key];
  return { ...env, ...shared, ...extra };
}

/** Names of the migrations recorded as applied. */
async function applied(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ name: string }>(`SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY 1`)).rows.map(
      (r) => r.name,
    );
  } finally {
    await client.end();
  }
}

test("the README's recipe is what this test runs", () => {
  for (const command of [MIGRATE, WEB, WORKER, "AUTH_SECRET", "MEILI_MASTER_KEY"]) expect(section).toContain(command);
  expect(section).toContain("e2e/scale-out.spec.ts");
});

test("two web instances and two workers started as the README says share one PostgreSQL and one Meilisearch", async ({ browser }) => {
  test.setTimeout(600_000);
  const dir = await mkdtemp(path.join(os.tmpdir(), "commonplace-scale-"));
  const postgres = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), port: await freePort(), database: "commonplace", ephemeral: true });
  const meiliKey = randomBytes(24).toString("hex");
  const meili = await startMeilisearch({ dataDir: path.join(dir, "meili"), port: await freePort(), masterKey: meiliKey, ephemeral: true });
  // DATA_DIR only keeps the one-off commands from writing into the checkout's .data/; nothing embedded starts.
  const shared = {
    DATABASE_URL: postgres.url,
    MEILI_HOST: meili.host,
    MEILI_MASTER_KEY: meiliKey,
    AUTH_SECRET: randomBytes(32).toString("hex"),
    LOG_LEVEL: "warn",
    DATA_DIR: path.join(dir, "data"),
  };
  const parts: Part[] = [];
  const contexts: APIRequestContext[] = [];
  try {
    // npm run db:migrate
    const migrate = spawnSync("npm", ["run", "db:migrate"], { cwd: root, env: environment(shared), encoding: "utf8" });
    expect(migrate.status, migrate.stdout + migrate.stderr).toBe(0);
    const migrations = readdirSync(path.join(root, "packages/db/prisma/migrations")).filter((m) => /^\d{14}_/.test(m));
    expect(await applied(postgres.url)).toEqual(migrations.sort());
    // It says what it applied (migrating once, not reporting a second pass as "up to date").
    expect(migrate.stdout).toContain(`Applied: ${migrations.sort().join(", ")}`);

    // cd apps/web && NODE_ENV=production NODE_OPTIONS="…" node server.mjs --port <A|B>
    const [portA, portB] = [await freePort(), await freePort()];
    const A = `http://127.0.0.1:${portA}`;
    const B = `http://localhost:${portB}`;
    for (const port of [portA, portB])
      parts.push(
        start(`web :${port}`, ["server.mjs", "--port", String(port)], {
          cwd: path.join(root, "apps/web"),
          env: environment(shared, { NODE_ENV: "production", NODE_OPTIONS: WEB_NODE_OPTIONS }),
        }),
      );
    // NODE_OPTIONS="…" node --import tsx apps/worker/src/main.ts, twice
    for (const n of [1, 2])
      parts.push(
        start(`worker ${n}`, ["--import", "tsx", "apps/worker/src/main.ts"], { cwd: root, env: environment(shared, { NODE_OPTIONS: WORKER_NODE_OPTIONS }) }),
      );
    const report = () => parts.map((p) => `── ${p.name} (exit ${p.child.exitCode}):\n${p.output().slice(-1500)}`).join("\n");

    // Both instances healthy (database, search, queue: a worker checked in, live updates listening).
    for (const base of [A, B]) {
      await expect
        .poll(async () => (await fetch(`${base}/api/health`).catch(() => undefined))?.status ?? (parts.some((p) => p.child.exitCode !== null) ? report() : 0), {
          timeout: 240_000,
          intervals: [1000],
        })
        .toBe(200);
    }
    // Both workers are alive and checking in.
    const db = new pg.Client({ connectionString: postgres.url });
    await db.connect();
    try {
      // A worker that exited (it once died at start: "deadlock detected" creating pg-boss's queues) shows its output.
      const workerPids = async () =>
        parts.some((p) => p.child.exitCode !== null)
          ? report()
          : (await db.query<{ pid: number }>(`SELECT pid FROM "WorkerHeartbeat" WHERE "seenAt" > now() - interval '2 minutes'`)).rows.map((r) => r.pid).sort();
      await expect.poll(workerPids, { timeout: 60_000 }).toEqual(
        parts
          .slice(2)
          .map((p) => p.child.pid)
          .sort(),
      );
    } finally {
      await db.end();
    }

    // A session made on A is a session on B (same AUTH_SECRET).
    const id = randomBytes(4).toString("hex");
    const email = `scale-${id}@example.org`;
    const password = "one secret, many instances";
    const onA = await http.newContext({ baseURL: A });
    contexts.push(onA);
    const signUp = await onA.post("/api/trpc/auth.signUp", { data: { json: { email, password, handle: `scale-${id}`, name: "Sam Scale" } } });
    expect(signUp.ok(), await signUp.text()).toBe(true);
    const { csrfToken } = (await (await onA.get("/api/auth/csrf")).json()) as { csrfToken: string };
    expect((await onA.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, json: "true" } })).ok()).toBe(true);
    const session = (await onA.storageState()).cookies.find((c) => c.name.endsWith("next-auth.session-token"));
    expect(session).toBeDefined();
    const cookie = `${session!.name}=${session!.value}`;
    const onB = await http.newContext({ baseURL: B, extraHTTPHeaders: { cookie } });
    contexts.push(onB);
    expect(await (await onB.get("/api/auth/session")).json()).toMatchObject({ user: { email } });

    // `npm run ingest` (as the README says, with the same variables): the digest becomes searchable through B.
    const ingest = spawnSync("npm", ["run", "ingest", "--", DIGEST], { cwd: root, env: environment(shared), encoding: "utf8" });
    expect(ingest.status, ingest.stdout + ingest.stderr).toBe(0);
    await expect
      .poll(async () => ((await (await onB.get("/api/v1/papers/search?q=&limit=1")).json()) as { total: number }).total, { timeout: 120_000 })
      .toBe(DIGEST_PAPERS);
    // An import through B (signed in with A's cookie) is done by one of the workers and found through A.
    const token = `scaleout${id.replace(/\d/g, "x")}`;
    const run = await importText(onB, `@article{${token}, title = {Horizontal ${token} Readers}, author = {Scale, Sam}, year = {2026}}`);
    expect(run.status, JSON.stringify(run)).toBe("DONE");
    await waitForSearch(onA, token, 1);

    // A live update written through A reaches a reader on B without a reload.
    const hits = (await (await onB.get(`/api/v1/papers/search?q=${encodeURIComponent("data-free distillation diffusion")}&limit=1`)).json()) as {
      hits: { id: string }[];
    };
    const paperId = hits.hits[0]!.id;
    const reader = await browser.newContext({ baseURL: B });
    await reader.addCookies([{ name: session!.name, value: session!.value, domain: "localhost", path: "/" }]);
    const page = await reader.newPage();
    const subscribed = page.waitForResponse((r) => r.url().includes("live.paper"));
    await page.goto(`/papers/${paperId}`);
    await expect(page.getByTestId("annotation-sidebar")).toBeVisible();
    await subscribed;
    const body = `Written through A, read on B ${id}`;
    const created = await onA.post("/api/trpc/annotations.create", { data: { json: { paperId, target: { start: 0, end: 12 }, visibility: "PUBLIC", body } } });
    expect(created.ok(), await created.text()).toBe(true);
    await expect(page.getByTestId("thread").filter({ hasText: body })).toBeVisible({ timeout: 15_000 });
    await reader.close();
  } finally {
    for (const context of contexts) await context.dispose();
    for (const part of parts.reverse()) await part.stop();
    await meili.stop();
    await postgres.stop();
    await rm(dir, { recursive: true, force: true });
  }
});
