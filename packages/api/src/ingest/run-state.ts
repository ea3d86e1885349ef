import type { Db } from "@commonplace/db";

// What /admin/ingest needs beyond a run's counters to tell the truth about a running import: whether a
// worker is on it right now, and whether it was taken over from a worker that died ("resumed").

export interface RunState {
  /** Times a part of the run was taken over from a worker that stopped renewing its lease. */
  resumed: number;
  /** Running, but no live worker holds any of its parts: one will take it over shortly. */
  waiting: boolean;
}

export async function runStates(db: Db, runs: { id: string; status: string }[]): Promise<Map<string, RunState>> {
  const ids = runs.map((r) => r.id);
  const out = new Map<string, RunState>();
  if (ids.length === 0) return out;
  const rows = await db.$queryRaw<{ id: string; resumed: number; working: boolean }[]>`
    SELECT r.id, r.resumed,
      EXISTS (SELECT 1 FROM "IngestChunk" c WHERE c."runId" = r.id AND c.status = 'RUNNING' AND c."leaseExpiresAt" > now()) AS working
    FROM "IngestRun" r WHERE r.id = ANY(${ids})`;
  const status = new Map(runs.map((r) => [r.id, r.status]));
  for (const row of rows) out.set(row.id, { resumed: row.resumed, waiting: status.get(row.id) === "RUNNING" && !row.working });
  return out;
}
