import { ensureCorpus, sizeLabel } from "../corpus/generate.ts";
import { runTsChild } from "./proc.ts";
import { rawLoad } from "./raw-load.ts";
import { startServices, stopOnSignal } from "./services.ts";
import type { SeededPublic } from "./seed-public.ts";
import { buildWebApp, holdWebLock, startWebApp, type WebApp } from "./web-app.ts";

// The whole stage for a page bench: corpus → raw-loaded PostgreSQL + Meilisearch (the bench's own, in a temp
// dir) → a reader with a public profile, lists and annotations (lib/seed-public.ts) → under the shared web
// lock: build (unless told not to) and the web server. The lock is held only from the build to the end of `run`.

export interface WebStage {
  app: WebApp;
  seeded: SeededPublic;
  papers: number;
  loadMs: number;
}

const PREFIX = "pages_";

export async function withWebStage<T>(
  options: { papers: number; sample: number; build: boolean; log?: (s: string) => void },
  run: (stage: WebStage) => Promise<T>,
): Promise<T> {
  const log = options.log ?? console.log;
  const corpus = await ensureCorpus(options.papers, { log });
  const services = await startServices("pages");
  const releaseSignal = stopOnSignal(services);
  try {
    log(`loading ${sizeLabel(corpus.papers)} papers (raw loader) …`);
    const load = await rawLoad({
      file: corpus.path,
      databaseUrl: services.databaseUrl,
      meiliHost: services.meiliHost,
      meiliKey: services.meiliKey,
      indexPrefix: PREFIX,
    });
    log(`  loaded in ${(load.ms / 1000).toFixed(1)} s`);
    const env = { ...services.env(PREFIX), LOG_LEVEL: "info" };
    const seed = await runTsChild<SeededPublic>("lib/seed-public.ts", [String(options.sample)], env);
    if (!seed.message) throw new Error(`seeding the public profile failed (exit ${seed.exitCode})`);
    const seeded = seed.message;
    log(`  seeded @${seeded.handle}: ${seeded.lists} public lists, ${seeded.items} items, ${seeded.annotations} public annotations`);
    const lock = await holdWebLock(log);
    let app: WebApp | null = null;
    try {
      if (options.build) {
        const started = performance.now();
        log("building the web app (turbo, as npm start does) …");
        await buildWebApp(log);
        log(`  built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
      }
      app = await startWebApp(env);
      log(`web server (server.mjs) on ${app.base}`);
      return await run({ app, seeded, papers: corpus.papers, loadMs: load.ms });
    } finally {
      await app?.stop();
      await lock.release();
    }
  } finally {
    releaseSignal();
    await services.stop();
  }
}
