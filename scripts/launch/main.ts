// The `npm start` / `npm run dev` launcher: a small process manager. It starts PostgreSQL and Meilisearch
// (embedded unless configured), applies migrations, seeds, then runs the worker and the web app, and keeps
// every part running: a part whose process dies is restarted with backoff (see keeper.ts); the whole app
// stops only on Ctrl-C / SIGTERM / SIGHUP, or when one part keeps crashing. If the launcher itself is
// killed, its reaper (reaper.mjs) stops what it started; a next start on the same data takes over leftovers.
import { accessSync, constants, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { meilisearchBinary, NoMeilisearchError, PortInUseError, assertPortFree } from "@commonplace/embedded";
import { launchEnv } from "./env.ts";
import { childEnvironment } from "./child-env.ts";
import { Keeper, type KeeperHooks } from "./keeper.ts";
import { LaunchError } from "./launch-error.ts";
import { startReaper } from "./reaper.ts";
import { RunState } from "./run-state.ts";
import { startServices, type Services } from "./services.ts";
import { keptChild } from "./children.ts";
import { build } from "./build.ts";
import { waitForHealth } from "./health.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dev = process.argv.includes("--dev");
const say = (message: string) => process.stdout.write(`▸ ${message}\n`);
const warn = (message: string) => process.stderr.write(`${message}\n`);

/** Thrown between steps once a stop was requested, so a Ctrl-C during the first start starts nothing more. */
class Stopping extends Error {}

const env = launchEnv(root);
const state = new RunState(env.dataDir);
const reaper = startReaper();
const keepers: Keeper[] = [];
let services: Services | undefined;
let servicesStarting: Promise<Services> | undefined;
let stopping = false;
let abortBuild: (() => Promise<void>) | undefined;

const hooks: KeeperHooks = {
  say,
  warn,
  track(pgid, signal) {
    reaper.track(pgid, signal);
    state.add(pgid, signal);
  },
  untrack(pgid) {
    reaper.untrack(pgid);
    state.remove(pgid);
  },
  giveUp(message) {
    warn(`✗ ${message}`);
    void shutdown(1);
  },
};

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    say("Stopping …");
    await abortBuild?.();
    for (const keeper of [...keepers].reverse()) await keeper.stop().catch(() => {});
    // Ctrl-C while PostgreSQL or Meilisearch is still starting: wait for it, then stop it (else it outlives us).
    services ??= await servicesStarting?.catch(() => undefined);
    await services?.stop();
    state.clear();
    await reaper.done(); // "nothing is left running" includes the reaper itself
    say("Stopped. Nothing is left running.");
    process.exit(code);
  }
  return new Promise<never>(() => {}); // the first shutdown exits
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void shutdown(0));

function checkpoint(): void {
  if (stopping) throw new Stopping();
}

try {
  // Everything that can be known wrong is checked before anything starts.
  assertWritable(env.dataDir);
  const meiliBinary = env.MEILI_HOST ? undefined : meilisearchBinary(env.MEILI_BIN);
  await state.takeOver(say);
  await assertPortFree(env.PORT, "PORT");
  if (!dev) {
    say("Building (Prisma client, web app) …");
    const running = build(root);
    abortBuild = () => {
      running.abort();
      return running.done.catch(() => undefined);
    };
    hooks.track(running.pid, "SIGINT");
    await running.done.finally(() => hooks.untrack(running.pid));
    abortBuild = undefined;
  }
  checkpoint();
  servicesStarting = startServices(env, meiliBinary, hooks);
  services = await servicesStarting;
  checkpoint();
  say("Applying database migrations …");
  const { migrate } = await import("@commonplace/db/migrate");
  const migrated = await migrate(services.databaseUrl);
  say(migrated.applied.length ? `Applied ${migrated.applied.length} migration(s)` : "Database is up to date");
  checkpoint();

  const seed = env.SEED_DEMO ?? services.embeddedDatabase;
  const demo = seed ? await seedDemoData(services.databaseUrl) : undefined;
  if (demo) say("Demo data is in place");
  checkpoint();

  const childEnv = childEnvironment(env, services, dev);
  say("Starting the worker …");
  const worker = new Keeper("worker", async () => keptChild("worker", workerCommand(), { cwd: root, env: childEnv.worker }), hooks);
  keepers.push(worker);
  await worker.start();
  say(`Starting the web app on ${childEnv.appUrl} …`);
  // apps/web/server.mjs: Next behind a node:http server that tells the API the socket's peer address.
  const webCommand = [process.execPath, "server.mjs", "--port", String(env.PORT), ...(dev ? ["--dev"] : [])];
  const web = new Keeper("web app", async () => keptChild("web", webCommand, { cwd: path.join(root, "apps/web"), env: childEnv.web }), hooks);
  keepers.push(web);
  await web.start();
  if (seed) {
    say("Ingesting the demo papers (first boot only) …");
    const { ingestDigestOnFirstBoot } = await import("@commonplace/worker/seed");
    await ingestDigestOnFirstBoot(childEnv.worker, { say });
  }
  checkpoint();
  await waitForHealth(`http://127.0.0.1:${env.PORT}/api/health`, dev ? 300_000 : 120_000);
  say(`Commonplace is ready at ${childEnv.appUrl}`);
  if (demo) say(`Demo sign-in: ${demo.users.map((u) => u.email).join(" or ")} with password "${demo.password}"`);
  say("Press Ctrl-C to stop.");
} catch (error) {
  if (!(error instanceof Stopping)) {
    const known = error instanceof LaunchError || error instanceof PortInUseError || error instanceof NoMeilisearchError;
    warn(`✗ ${known ? (error as Error).message : ((error as Error).stack ?? String(error))}`);
    await shutdown(1);
  }
}

/** DATA_DIR must be a folder this user can write (PostgreSQL's data, Meilisearch's, the secrets). */
function assertWritable(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (error) {
    throw new LaunchError(
      `DATA_DIR ${dir} is not a folder this user can write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). Set DATA_DIR to one that is.`,
    );
  }
}

/** The worker runs TypeScript through tsx's loader in one node process (NODE_OPTIONS and signals reach it). */
function workerCommand(): string[] {
  if (dev) return [path.join(root, "node_modules/.bin/tsx"), "watch", "apps/worker/src/main.ts"];
  return [process.execPath, "--import", "tsx", "apps/worker/src/main.ts"];
}

async function seedDemoData(databaseUrl: string) {
  const [{ createDb }, { seedDemo }] = await Promise.all([import("@commonplace/db"), import("@commonplace/api/seed")]);
  const db = createDb(databaseUrl, { max: 2 });
  try {
    return await seedDemo(db);
  } finally {
    await db.$disconnect();
  }
}
