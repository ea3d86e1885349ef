import path from "node:path";
import { fileURLToPath } from "node:url";
import { assertPortFree, PortInUseError } from "@commonplace/embedded";
import { createDb } from "@commonplace/db";
import { migrate } from "@commonplace/db/migrate";
import { seedDemo } from "@commonplace/api/seed";
import { workerNodeOptions } from "@commonplace/worker/heap";
import { launchEnv, passthroughEnv } from "./env.ts";
import { startServices, type Services } from "./services.ts";
import { startChild, stopChild, type Child } from "./children.ts";
import { build } from "./build.ts";
import { waitForHealth } from "./health.ts";
import { ingestDigestOnFirstBoot } from "./first-boot.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dev = process.argv.includes("--dev");
const say = (message: string) => process.stdout.write(`▸ ${message}\n`);

const env = launchEnv(root);
const children: Child[] = [];
let services: Services | undefined;
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    say("Stopping …");
    for (const child of [...children].reverse()) await stopChild(child);
    await services?.stop();
    say("Stopped. Nothing is left running.");
  }
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
// Last resort if the launcher dies on an exception: children live in their own process groups.
process.on("exit", () => {
  for (const child of children) if (child.process.exitCode === null) try { process.kill(-child.process.pid!, "SIGKILL"); } catch { /* gone */ }
});
process.on("SIGTERM", () => void shutdown(0));

try {
  if (!dev) {
    say("Building (Prisma client, web app) …");
    build(root);
  }
  await assertPortFree(env.PORT, "PORT");
  services = await startServices(env, say);
  say("Applying database migrations …");
  const migrated = await migrate(services.databaseUrl);
  say(migrated.applied.length ? `Applied ${migrated.applied.length} migration(s)` : "Database is up to date");

  const seed = env.SEED_DEMO ?? services.embeddedDatabase;
  const db = createDb(services.databaseUrl, { max: 2 });
  const demo = seed ? await seedDemo(db) : undefined;
  if (demo) say("Demo data is in place");

  const appUrl = env.APP_URL ?? `http://localhost:${env.PORT}`;
  const childEnv = {
    ...passthroughEnv(),
    DATABASE_URL: services.databaseUrl,
    MEILI_HOST: services.meiliHost,
    MEILI_MASTER_KEY: services.meiliKey,
    MEILI_INDEX_PREFIX: env.MEILI_INDEX_PREFIX,
    AUTH_SECRET: services.authSecret,
    NEXTAUTH_SECRET: services.authSecret,
    NEXTAUTH_URL: appUrl,
    APP_URL: appUrl,
    LOG_LEVEL: env.LOG_LEVEL,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: dev ? "development" : "production",
  };
  const bin = (name: string) => path.join(root, "node_modules/.bin", name);
  say("Starting the worker …");
  const workerEnv = { ...childEnv, NODE_OPTIONS: workerNodeOptions(passthroughEnv().NODE_OPTIONS) };
  children.push(startChild("worker", bin("tsx"), [...(dev ? ["watch"] : []), "apps/worker/src/main.ts"], { cwd: root, env: workerEnv }));
  say(`Starting the web app on ${appUrl} …`);
  children.push(
    startChild("web", bin("next"), [dev ? "dev" : "start", "--port", String(env.PORT)], { cwd: path.join(root, "apps/web"), env: { ...childEnv, PORT: String(env.PORT) } }),
  );
  for (const child of children) {
    void child.exited.then((code) => {
      if (stopping) return;
      process.stderr.write(`✗ The ${child.name} process exited (code ${code}); stopping everything.\n`);
      void shutdown(1);
    });
  }
  if (seed) await ingestDigestOnFirstBoot(childEnv, say);
  await db.$disconnect();
  await waitForHealth(`http://127.0.0.1:${env.PORT}/api/health`, dev ? 300_000 : 120_000);
  say(`Commonplace is ready at ${appUrl}`);
  if (demo) say(`Demo sign-in: ${demo.users.map((u) => u.email).join(" or ")} with password "${demo.password}"`);
  say("Press Ctrl-C to stop.");
} catch (error) {
  process.stderr.write(`✗ ${error instanceof PortInUseError ? error.message : (error as Error).stack ?? String(error)}\n`);
  await shutdown(1);
}
