import path from "node:path";
import { z } from "zod";

/** The launcher's configuration (npm start / npm run dev / db scripts), validated at boot. */
const schema = z
  .object({
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    DATA_DIR: z.string().default(".data"),
    DATABASE_URL: z.url({ message: "a PostgreSQL URL; leave unset to use the embedded PostgreSQL" }).optional(),
    PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
    MEILI_HOST: z.url({ message: "a Meilisearch URL; leave unset to use the embedded Meilisearch" }).optional(),
    MEILI_MASTER_KEY: z.string().min(16, "at least 16 characters").optional(),
    MEILI_PORT: z.coerce.number().int().min(1).max(65535).default(7700),
    MEILI_INDEX_PREFIX: z.string().default(""),
    SEED_DEMO: z.stringbool().optional(),
    AUTH_SECRET: z.string().min(32).optional(),
    APP_URL: z.url().optional(),
    LOG_LEVEL: z.string().default("info"),
  })
  .refine((env) => !env.MEILI_HOST || env.MEILI_MASTER_KEY, { message: "MEILI_MASTER_KEY is required with MEILI_HOST", path: ["MEILI_MASTER_KEY"] });

export type LaunchEnv = z.infer<typeof schema> & { dataDir: string };

export function launchEnv(root: string): LaunchEnv {
  const result = schema.safeParse(process.env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    console.error(`Invalid configuration:\n${lines.join("\n")}`);
    process.exit(1);
  }
  return { ...result.data, dataDir: path.resolve(root, result.data.DATA_DIR) };
}

/** Variables passed through to the web app and worker untouched (SMTP, OAuth, proxies). */
export function passthroughEnv(): Record<string, string> {
  const keys = ["SMTP_URL", "MAIL_FROM", "GITHUB_CLIENT_ID", "GITHUB_CLIENT_SECRET", "GOOGLE_CLIENT_ID", "GOOGLE_CLIENT_SECRET", "TRUST_PROXY", "INGEST_MAX_BYTES", "PATH", "HOME", "NODE_OPTIONS", "TMPDIR", "LANG"];
  return Object.fromEntries(keys.flatMap((k) => (process.env[k] ? [[k, process.env[k]!]] : [])));
}
