import { z } from "zod";
import { auth, database, ingest, launcher, mail, oauth, outbox, proxy, runtime, search, uploads } from "./concerns.ts";

export { ConfigError, parseConfig, parseConfigOrExit } from "./parse.ts";
export * as concerns from "./concerns.ts";

/*
 * One schema per process, composed from the concerns it needs. The launcher's services and secrets are
 * optional (it starts embedded ones when they are unset); the web app and the worker need them all.
 */

/** The web app (Next.js, with the API in the same process). */
export const webSchema = z.object({ ...runtime, ...database, ...search, ...auth, ...mail, ...oauth, ...proxy, ...uploads });

/** The worker and its CLIs (ingest, reindex). */
export const workerSchema = z.object({ ...runtime, ...database, ...search, ...uploads, ...ingest, ...outbox, LOG_LEVEL: runtime.LOG_LEVEL.optional() });

/** `npm start` / `npm run dev` and the one-off commands (db:*, admin, ingest, reindex). */
export const launcherSchema = z
  .object({
    ...launcher,
    LOG_LEVEL: runtime.LOG_LEVEL,
    DATABASE_URL: database.DATABASE_URL.optional(),
    MEILI_HOST: search.MEILI_HOST.optional(),
    MEILI_MASTER_KEY: search.MEILI_MASTER_KEY,
    MEILI_INDEX_PREFIX: search.MEILI_INDEX_PREFIX,
    AUTH_SECRET: auth.AUTH_SECRET.optional(),
    APP_URL: auth.APP_URL,
  })
  .refine((env) => !env.MEILI_HOST || env.MEILI_MASTER_KEY, { message: "MEILI_MASTER_KEY is required with MEILI_HOST", path: ["MEILI_MASTER_KEY"] });

export type WebConfig = z.infer<typeof webSchema>;
export type WorkerConfig = z.infer<typeof workerSchema>;
export type LauncherConfig = z.infer<typeof launcherSchema>;

/** Every variable any process reads (the README's table and .env.example list exactly these). */
export const ALL_VARIABLES: readonly string[] = [auth, database, ingest, launcher, mail, oauth, outbox, proxy, runtime, search, uploads].flatMap((concern) =>
  Object.keys(concern),
);
