import { describe, expect, it } from "vitest";
import { db } from "../lib/services.ts";
import { as, person, unique } from "../../test/fixtures.ts";

// /admin/ingest tells the truth about a running import: "waiting for a worker" while no live worker holds
// any of its parts (its worker died), and "resumed" once another worker took it over.

async function runningRun(createdById: string, lease: "live" | "expired", resumed = 0) {
  const run = await db().ingestRun.create({ data: { source: "upload", label: `run-${unique()}`, status: "RUNNING", createdById, resumed } });
  const chunk = await db().ingestChunk.create({
    data: { runId: run.id, position: 0, source: { kind: "failed", name: "x", error: "x" }, status: "RUNNING", leaseOwner: "w1" },
  });
  const interval = lease === "live" ? "30 seconds" : "-30 seconds";
  await db().$executeRaw`UPDATE "IngestChunk" SET "leaseExpiresAt" = now() + ${interval}::interval WHERE id = ${chunk.id}`;
  return run;
}

describe("import run state", () => {
  it("a run whose worker stopped renewing its lease is waiting for a worker; one being worked on is not; takeovers show as resumed", async () => {
    const me = await person("importer");
    const [orphaned, working] = [await runningRun(me.id, "expired"), await runningRun(me.id, "live", 1)];

    expect(await as(me).ingest.run({ id: orphaned.id })).toMatchObject({ status: "RUNNING", waiting: true, resumed: 0 });
    expect(await as(me).ingest.run({ id: working.id })).toMatchObject({ status: "RUNNING", waiting: false, resumed: 1 });
    const listed = (await as(me).ingest.runs({ limit: 10 })).runs;
    expect(listed.find((r) => r.id === orphaned.id)).toMatchObject({ waiting: true, resumed: 0 });
    expect(listed.find((r) => r.id === working.id)).toMatchObject({ waiting: false, resumed: 1 });
  });
});
