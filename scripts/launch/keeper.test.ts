import { spawn } from "node:child_process";
import { describe, expect, it, vi } from "vitest";
import { CRASH_LIMIT, Keeper, type KeeperHooks, type Running } from "./keeper.ts";

/** A real child process that lives `ms` milliseconds and exits with `code` (or until stopped). */
function child(ms: number, code = 1): Running {
  const process = spawn("node", ["-e", `setTimeout(() => process.exit(${code}), ${ms})`], { stdio: "ignore" });
  return {
    process,
    stop: async () => {
      if (process.exitCode === null && process.signalCode === null) {
        process.kill("SIGTERM");
        await new Promise((r) => process.once("exit", r));
      }
    },
  };
}

function recorder() {
  const log: string[] = [];
  const tracked = new Set<number>();
  let gaveUp: string | undefined;
  const hooks: KeeperHooks = {
    say: (m) => log.push(m),
    warn: (m) => log.push(m),
    track: (pid) => tracked.add(pid),
    untrack: (pid) => tracked.delete(pid),
    giveUp: (m) => (gaveUp = m),
  };
  return { hooks, log, tracked, gaveUp: () => gaveUp };
}

const fast = { firstMs: 20, maxMs: 100 };
vi.setConfig({ testTimeout: 60_000 }); // each restart spawns a real node process: slow on a busy machine
const waitUntil = async (check: () => boolean, ms = 50_000) => {
  const deadline = Date.now() + ms;
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  expect(check()).toBe(true);
};

describe("Keeper (the launcher's supervision of one part)", () => {
  it("restarts a part whose process died, logging why, and tracks the new process", async () => {
    const rec = recorder();
    let starts = 0;
    const keeper = new Keeper("worker", async () => child(++starts === 1 ? 50 : 60_000), rec.hooks, "SIGTERM", fast);
    await keeper.start();
    await waitUntil(() => keeper.restarts === 1);
    expect(rec.log.some((m) => /The worker stopped unexpectedly \(exit code 1\); restarting it/.test(m))).toBe(true);
    expect(rec.log).toContain("The worker is running again (restart 1).");
    expect(rec.tracked.size).toBe(1);
    expect(rec.gaveUp()).toBeUndefined();
    await keeper.stop();
    await waitUntil(() => rec.tracked.size === 0);
  });

  it(`gives up after ${CRASH_LIMIT} crashes in the window, naming the part`, async () => {
    const rec = recorder();
    const keeper = new Keeper("web app", async () => child(10, 3), rec.hooks, "SIGTERM", fast);
    await keeper.start();
    await waitUntil(() => rec.gaveUp() !== undefined);
    expect(rec.gaveUp()).toMatch(/^The web app kept failing \(5 crashes in 120 s, the last: exit code 3\)/);
    await keeper.stop();
  });

  it("a stopped part is not restarted", async () => {
    const rec = recorder();
    let starts = 0;
    const keeper = new Keeper("worker", async () => (starts++, child(60_000)), rec.hooks, "SIGTERM", fast);
    await keeper.start();
    await keeper.stop();
    await new Promise((r) => setTimeout(r, 200));
    expect(starts).toBe(1);
    expect(rec.log.filter((m) => m.includes("stopped unexpectedly"))).toEqual([]);
  });
});
