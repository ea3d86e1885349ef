import { z } from "zod";

/**
 * Server-side configuration of the web deployable (the API runs inside the Next.js process).
 * Validated once, on first use at boot; a bad value stops the process with the variable's name.
 */
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.url({ message: "a PostgreSQL connection URL, e.g. postgresql://user:pass@host:5432/commonplace" }),
  MEILI_HOST: z.url({ message: "the Meilisearch base URL, e.g. http://127.0.0.1:7700" }),
  MEILI_MASTER_KEY: z.string().min(16, "the Meilisearch master (or admin) key, at least 16 characters"),
  MEILI_INDEX_PREFIX: z
    .string()
    .regex(/^[a-z0-9_]*$/, "lowercase letters, digits and _ only")
    .default(""),
  AUTH_SECRET: z.string().min(32, "a random secret of at least 32 characters (generated into .data/ by npm start)"),
  APP_URL: z.url({ message: "the public base URL, e.g. http://localhost:3000" }).default("http://localhost:3000"),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Commonplace <no-reply@localhost>"),
  GITHUB_CLIENT_ID: z.string().optional(),
  GITHUB_CLIENT_SECRET: z.string().optional(),
  GOOGLE_CLIENT_ID: z.string().optional(),
  GOOGLE_CLIENT_SECRET: z.string().optional(),
  TRUST_PROXY: z.stringbool().default(false),
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
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  APP_VERSION: z.string().default("0.1.0"),
  INGEST_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(50 * 1024 * 1024),
});

export type ServerEnv = z.infer<typeof schema>;

export function parseEnv(source: Record<string, string | undefined>): ServerEnv {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
}

let cached: ServerEnv | undefined;
export function env(): ServerEnv {
  cached ??= parseEnv(process.env);
  return cached;
}
