import { describe, expect, it, vi } from "vitest";
import { createBoss, QUEUES, startBoss, stopBoss } from "@commonplace/jobs";
import { freshDatabase } from "./helpers.ts";

// Two workers and two web instances started together on a fresh database (the README's scale-out
// recipe, a compose file brought up at once) all create pg-boss's queues at the same moment. Each queue
// is a partition of one table, and concurrent attaches deadlock: before the fix, a process died at start
// with "deadlock detected" in most rounds.

vi.setConfig({ testTimeout: 180_000 });

describe("pg-boss started by four processes at once on a fresh database", () => {
  it("starts every one of them, and every queue exists once", async () => {
    for (let round = 0; round < 4; round++) {
      const url = await freshDatabase(`boss_start_${round}`);
      const bosses = [createBoss(url), createBoss(url), createBoss(url, { role: "producer" }), createBoss(url, { role: "producer" })];
      for (const boss of bosses) boss.on("error", () => undefined);
      try {
        const started = await Promise.allSettled(bosses.map((boss) => startBoss(boss)));
        expect(started.map((s) => (s.status === "rejected" ? String(s.reason) : "started"))).toEqual(bosses.map(() => "started"));
        const queues = (await bosses[0]!.getQueues())
          .map((q) => q.name)
          .filter((name) => !name.startsWith("__pgboss"))
          .sort();
        expect(queues).toEqual(Object.keys(QUEUES).sort());
      } finally {
        await Promise.allSettled(bosses.map((boss) => stopBoss(boss, 1_000)));
      }
    }
  });
});
