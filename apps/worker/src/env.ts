import { z } from "zod";

// The worker's configuration, validated once at boot. Nothing else in this app reads process.env.
// Empty strings count as unset, so `FOO=` in a .env file falls back to the default.

const MB = 1024 * 1024;
const int = (what: string, def: number, min = 1) =>
  z.coerce
    .number({ error: `expected ${what}` })
    .int({ error: `expected ${what} (a whole number)` })
    .min(min, { error: `expected ${what} ≥ ${min}` })
    .default(def);

const schema = z.object({
  DATABASE_URL: z
    .string({ error: "required: the PostgreSQL connection string (postgresql://user:password@host:port/database)" })
    .regex(/^postgres(ql)?:\/\/.+/, { error: "expected a postgresql:// connection string" }),
  MEILI_HOST: z
    .string({ error: "required: the Meilisearch URL (e.g. http://127.0.0.1:7700)" })
    .regex(/^https?:\/\/[^\s/]+/, { error: "expected an http(s):// URL of the Meilisearch server" }),
  MEILI_MASTER_KEY: z.string().optional(),
  MEILI_INDEX_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]*$/, { error: "expected only letters, digits, - and _" })
    .default(""),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
      error: "expected one of fatal, error, warn, info, debug, trace, silent",
    })
    .optional(),
  /** Largest upload or file parsed in one piece (streamed .jsonl files are not limited). */
  INGEST_MAX_BYTES: int("a size in bytes", 50 * MB),
  /** Items persisted per transaction. */
  INGEST_BATCH_SIZE: int("a number of items", 250),
  /** Per request when resolving arXiv ids / DOIs or downloading a URL. */
  INGEST_RESOLVE_TIMEOUT_MS: int("milliseconds", 5000),
  /** Ingest runs one worker process handles at the same time. */
  INGEST_CONCURRENCY: int("a number of runs", 2),
  OUTBOX_BATCH_SIZE: int("a number of rows", 500),
  /** Safety-net polling; drains are normally woken by NOTIFY at commit. */
  OUTBOX_POLL_MS: int("milliseconds", 5000, 50),
  OUTBOX_MAX_BACKOFF_MS: int("milliseconds", 60_000, 10),
  /** How long to wait for one Meilisearch task. */
  MEILI_TASK_TIMEOUT_MS: int("milliseconds", 60_000, 100),
  /**
   * Outbox rows per Meilisearch task when the ingest CLI indexes a bulk file: Meilisearch's cost per
   * indexing batch grows with the index, so few large tasks beat many small ones (10k papers:
   * 20 × 500 took 3× longer than 2 × 5000).
   */
  INGEST_CLI_OUTBOX_BATCH_SIZE: int("a number of rows", 5000),
  /** The ingest CLI waits this long for an unreachable Meilisearch before giving up on indexing. */
  INGEST_CLI_INDEX_WAIT_MS: int("milliseconds", 30_000, 0),
});

export type Env = z.infer<typeof schema>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid worker configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "EnvError";
  }
}

/** Parses and validates; throws EnvError naming every bad variable and what it expects. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v.trim() !== ""));
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  throw new EnvError(result.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`));
}

/** For entry points: print what is wrong and exit (code 1 by default) instead of starting half-configured. */
export function loadEnvOrExit(source: Record<string, string | undefined> = process.env, exitCode = 1): Env {
  try {
    return loadEnv(source);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(exitCode);
  }
}
