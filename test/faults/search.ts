import { readFileSync } from "node:fs";
import path from "node:path";
import type { Launched } from "./harness.ts";

/** The launcher's generated Meilisearch key and the worker's connection variables. */
export function serviceEnv(app: Launched): Record<string, string> {
  const secrets = JSON.parse(readFileSync(path.join(app.dataDir, "secrets.json"), "utf8")) as { meiliMasterKey: string };
  return { DATABASE_URL: app.databaseUrl, MEILI_HOST: `http://127.0.0.1:${app.ports.MEILI_PORT}`, MEILI_MASTER_KEY: secrets.meiliMasterKey };
}

/** Documents in the papers index (no pending tasks), straight from Meilisearch. */
export async function indexedDocuments(app: Launched): Promise<number> {
  const { MEILI_HOST, MEILI_MASTER_KEY } = serviceEnv(app);
  const headers = { authorization: `Bearer ${MEILI_MASTER_KEY}` };
  const response = await fetch(`${MEILI_HOST}/indexes/papers/stats`, { headers });
  if (!response.ok) throw new Error(`Meilisearch stats: ${response.status}`);
  const stats = (await response.json()) as { numberOfDocuments: number; isIndexing: boolean };
  return stats.isIndexing ? -1 : stats.numberOfDocuments;
}
