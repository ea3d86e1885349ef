import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "./client.ts";
import { startHeartbeat } from "./heartbeat.ts";

const db = createDb(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

describe("worker heartbeats", () => {
  it("a beating worker removes the rows of workers that stopped beating, and keeps the live ones", async () => {
    const tag = Date.now().toString(36);
    const old = new Date(Date.now() - 10 * 60 * 1000);
    await db.workerHeartbeat.createMany({
      data: [
        { workerId: `dead-${tag}`, hostname: "gone", pid: 1, startedAt: old, seenAt: old },
        // Beat "just now" as far as this test can tell, however slowly the machine runs it.
        { workerId: `live-${tag}`, hostname: "elsewhere", pid: 2, startedAt: old, seenAt: new Date(Date.now() + 60_000) },
      ],
    });
    const stop = startHeartbeat(db, `me-${tag}`, 200);
    try {
      await expect.poll(() => db.workerHeartbeat.count({ where: { workerId: `dead-${tag}` } }), { timeout: 10_000 }).toBe(0);
      expect(await db.workerHeartbeat.count({ where: { workerId: { in: [`live-${tag}`, `me-${tag}`] } } })).toBe(2);
    } finally {
      await stop();
    }
    expect(await db.workerHeartbeat.count({ where: { workerId: `me-${tag}` } })).toBe(0);
    await db.workerHeartbeat.deleteMany({ where: { workerId: `live-${tag}` } });
  });
});
