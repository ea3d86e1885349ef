// npm run test:docker: builds the image from the Dockerfile (local stand-ins for its base images, since no
// registry is reachable here) and runs it the way compose.yaml does — migrate, then a worker and a web
// container (host network) — against PostgreSQL and Meilisearch started like the integration tests start
// them. Checks: health, the HEALTHCHECK, a sign-in, an ingest through the worker, a graceful stop.
// Ends with "test:docker: N checks passed, N failed"; exit 1 on any failure. Containers are removed afterwards; the
// image (commonplace:test) and the stand-in base images stay as the next run's cache.
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, startEmbeddedPostgres, startMeilisearch } from "@commonplace/embedded";
import { poll, Session } from "./checks.ts";
import { checkCompose } from "./compose-check.ts";
import {
  buildImage,
  imageSizeMb,
  inspect,
  logs,
  processEnv,
  pruneDanglingImages,
  removeContainer,
  runOnce,
  startContainer,
  stopContainer,
  type Env,
} from "./containers.ts";
import { ensureEngine, ensureTools, npmExtraCertificates, npmRegistry, say } from "./engine.ts";
import { ensureBaseImages } from "./stand-ins.ts";
import { WEB_NODE_OPTIONS, WORKER_NODE_OPTIONS } from "@commonplace/worker/heap";

const root = path.resolve(import.meta.dirname, "../..");
const image = "commonplace:test";
const work = mkdtempSync(path.join(os.tmpdir(), "commonplace-docker-"));
const name = (role: string) => `commonplace-test-${process.pid}-${role}`;
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(0)} s`;
const results: { check: string; ok: boolean }[] = [];
const cleanups: (() => Promise<void> | void)[] = [];

async function check(what: string, body: () => Promise<string | void> | string | void): Promise<void> {
  const started = Date.now();
  try {
    const detail = await body();
    results.push({ check: what, ok: true });
    say(`✓ ${what}${detail ? ` — ${detail}` : ""} (${seconds(started)})`);
  } catch (error) {
    results.push({ check: what, ok: false });
    process.stdout.write(`✗ [${Math.round(process.uptime())} s] ${what}: ${error instanceof Error ? error.message : String(error)}\n`);
  }
}

async function main() {
  const started = Date.now();
  ensureTools();
  cleanups.push(await ensureEngine(work));
  await check("compose.yaml validates (config)", () => checkCompose(path.join(root, "compose.yaml")));
  const npmVersion = (JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { packageManager: string }).packageManager.replace(/^npm@/, "");
  ensureBaseImages(path.join(root, "Dockerfile"), work, npmVersion);

  say(`Building ${image} from the Dockerfile …`);
  const buildStarted = Date.now();
  await buildImage(root, image, { registry: npmRegistry(), extraCa: npmExtraCertificates() }, path.join(work, "build.log"));
  say(`Built ${image} in ${seconds(buildStarted)}; ${imageSizeMb(image)} MB`);
  pruneDanglingImages(); // the previous build's image and the layers only it used

  const postgres = await startEmbeddedPostgres({ dataDir: path.join(work, "pg"), port: await freePort(), database: "commonplace", ephemeral: true });
  cleanups.push(postgres.stop);
  const meiliKey = randomBytes(24).toString("hex");
  const meili = await startMeilisearch({ dataDir: path.join(work, "meili"), port: await freePort(), masterKey: meiliKey, ephemeral: true });
  cleanups.push(meili.stop);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env: Env = {
    DATABASE_URL: postgres.url,
    MEILI_HOST: meili.host,
    MEILI_MASTER_KEY: meiliKey,
    AUTH_SECRET: randomBytes(32).toString("hex"),
    APP_URL: base,
    PORT: String(port),
  };
  const user = { email: "docker@example.org", password: `Docker-test-${randomBytes(6).toString("hex")}` };

  await check("runs as a non-root user", () => {
    const uid = runOnce(image, {}, ["id", "-u"]).trim();
    if (uid === "0") throw new Error("the image runs as root");
    return `uid ${uid}`;
  });
  await check("migrate", () => runOnce(image, env, ["migrate"]).trim());
  await check("admin user:create", () =>
    runOnce(image, env, ["admin", "user:create", "--email", user.email, "--password", user.password, "--handle", "dockertest", "--name", "Docker Test"]).trim(),
  );

  for (const role of ["worker", "web"]) {
    cleanups.push(() => removeContainer(name(role)));
    startContainer(name(role), image, env, [role]);
  }
  const session = new Session(base);
  await check("GET /api/health answers 200", () =>
    poll("/api/health 200", 180_000, async () => {
      const answer = await fetch(`${base}/api/health`);
      return answer.status === 200 ? JSON.stringify(await answer.json()) : undefined;
    }),
  );
  await check("web and worker processes run with their heap caps", () => {
    const found = { web: processEnv(name("web"), "NODE_OPTIONS"), worker: processEnv(name("worker"), "NODE_OPTIONS") };
    if (!found.web?.includes(WEB_NODE_OPTIONS) || !found.worker?.includes(WORKER_NODE_OPTIONS)) throw new Error(`NODE_OPTIONS: ${JSON.stringify(found)}`);
    return `web: ${found.web}; worker: ${found.worker}`;
  });
  await check("sign-in (next-auth credentials)", () => session.signIn(user.email, user.password));
  await check("ingest through the worker container: the digest becomes searchable", async () => {
    const runId = await session.upload(path.join(root, "apps/worker/seed/daily-papers-digest.txt"), "daily-papers-digest.txt");
    const run = await poll("the ingest run to finish", 300_000, async () => {
      const state = await session.runStatus(runId);
      return /DONE|FAILED/.test(state.status) ? state : undefined;
    });
    if (run.status !== "DONE") throw new Error(`run ${run.status}: ${run.counts}`);
    const total = await poll("49 papers in search", 120_000, async () => ((await session.searchTotal("")) >= 49 ? session.searchTotal("") : undefined));
    return `run ${run.counts}; ${total} papers searchable`;
  });
  await check("HEALTHCHECK: web and worker containers healthy", () =>
    poll("both healthy", 150_000, async () => {
      const states = ["web", "worker"].map((role) => `${role} ${inspect(name(role), "{{.State.Health.Status}}")}`);
      return states.every((s) => s.endsWith("healthy") && !s.endsWith("unhealthy")) ? states.join(", ") : undefined;
    }),
  );
  await check("worker stops gracefully on SIGTERM (docker stop → exit 0)", () => {
    const code = stopContainer(name("worker"), 30);
    if (code !== "0") throw new Error(`exit code ${code}\n${logs(name("worker"), 10)}`);
  });
  if (results.some((r) => !r.ok))
    for (const role of ["web", "worker"]) process.stdout.write(`--- docker logs ${name(role)} (last lines)\n${logs(name(role))}\n`);
  say(`test:docker took ${seconds(started)}`);
}

let fatal: unknown;
try {
  await main();
} catch (error) {
  fatal = error;
  process.stdout.write(`✗ test:docker stopped: ${error instanceof Error ? error.message : String(error)}\n`);
} finally {
  for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch(() => {});
  rmSync(work, { recursive: true, force: true });
}
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed + (fatal ? 1 : 0);
// Not "N passed, N failed": CI reads that line as the whole run's count, and npm test prints it.
process.stdout.write(`\ntest:docker: ${passed} checks passed, ${failed} failed\n`);
process.exit(failed ? 1 : 0);
