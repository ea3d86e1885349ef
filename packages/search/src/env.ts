import { z } from "zod";

// The only place this package reads process.env. Deployables (web, worker) may instead
// pass their own validated config straight to createSearchClient().
const schema = z.object({
  MEILI_HOST: z.string().url().default("http://127.0.0.1:7700"),
  MEILI_MASTER_KEY: z.string().min(1).optional(),
  MEILI_API_KEY: z.string().min(1).optional(),
  /** Prepended to every index uid, so tests and tenants can share one server. */
  MEILI_INDEX_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]*$/, "index prefix may contain only letters, digits, - and _")
    .default(""),
});

export interface SearchEnv {
  host: string;
  apiKey: string | undefined;
  indexPrefix: string;
}

export function searchEnv(source: Record<string, string | undefined> = process.env): SearchEnv {
  const env = schema.parse(source);
  return { host: env.MEILI_HOST, apiKey: env.MEILI_API_KEY ?? env.MEILI_MASTER_KEY, indexPrefix: env.MEILI_INDEX_PREFIX };
}
