// The image's HEALTHCHECK. The entrypoint records which process the container runs (/tmp/commonplace-role):
// - web: liveness, GET /api/health/live on PORT answers 200 (readiness stays for load balancers: /api/health/ready);
// - worker: this host's worker has written its heartbeat to PostgreSQL in the last 30 s (three beats);
// - one-off commands (migrate, admin, ingest, reindex): healthy while they run.
import { readFileSync } from "node:fs";
import os from "node:os";
import pg from "pg";

const role = (() => {
  try {
    return readFileSync("/tmp/commonplace-role", "utf8").trim();
  } catch {
    return "web";
  }
})();

async function web(): Promise<boolean> {
  const response = await fetch(`http://127.0.0.1:${process.env.PORT ?? "3000"}/api/health/live`, { signal: AbortSignal.timeout(4000) });
  return response.ok;
}

async function worker(): Promise<boolean> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL, connectionTimeoutMillis: 4000 });
  await client.connect();
  try {
    const { rows } = await client.query<{ alive: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM "WorkerHeartbeat" WHERE hostname = $1 AND "seenAt" > now() - interval '30 seconds') AS alive`,
      [os.hostname()],
    );
    return rows[0]?.alive === true;
  } finally {
    await client.end();
  }
}

const check = role === "web" ? web : role === "worker" ? worker : async () => true;
const healthy = await check().catch((error: unknown) => {
  console.error(`${role}: ${error instanceof Error ? error.message : String(error)}`);
  return false;
});
if (!healthy) console.error(`${role}: unhealthy`);
process.exit(healthy ? 0 : 1);
