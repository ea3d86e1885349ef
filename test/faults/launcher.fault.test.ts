import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { isPortFree } from "@commonplace/embedded";
import { health, launch, processesMentioning, until } from "./harness.ts";

// The launcher's own death and interruptions: nothing of its data directory outlives it, and a next
// `npm start` always succeeds.

const leftovers = (dataDir: string, ports: number[]) => [
  ...processesMentioning(dataDir),
  ...ports.flatMap((port) => processesMentioning(`:${port}`, "cmdline")),
  ...ports.flatMap((port) => processesMentioning(`127.0.0.1:${port}/`)),
];

it("the launcher killed with SIGKILL leaves nothing running, and the next start reuses the data", async () => {
  const app = await launch();
  const ports = Object.values(app.ports);
  try {
    app.process.kill("SIGKILL");
    const killedAt = Date.now();
    await until("no process of the killed launcher left", 30_000, () => leftovers(app.dataDir, ports).length === 0, 250);
    process.stdout.write(`[recovery] launcher SIGKILL → every child stopped: ${((Date.now() - killedAt) / 1000).toFixed(1)} s\n`);
    for (const port of ports) expect(await isPortFree(port)).toBe(true);

    const next = await launch({ dataDir: app.dataDir });
    expect(next.output()).toContain("Database is up to date");
    expect(await health(next)).toBe(200);
    expect((await next.interrupt()).code).toBe(0);
  } finally {
    await rm(app.dataDir, { recursive: true, force: true });
  }
}, 600_000);

it("SIGHUP (a closed terminal) stops everything like Ctrl-C", async () => {
  const app = await launch();
  try {
    app.process.kill("SIGHUP");
    expect((await app.exited).code).toBe(0);
    expect(app.output()).toContain("Nothing is left running");
    expect(leftovers(app.dataDir, Object.values(app.ports))).toEqual([]);
  } finally {
    await rm(app.dataDir, { recursive: true, force: true });
  }
}, 300_000);

it("leftovers of a launcher that died with its reaper are stopped by the next start, never 'port in use'", async () => {
  const app = await launch();
  try {
    // Both the launcher and its reaper die: the services are orphans still holding the ports.
    const reaper = processesMentioning("launch/reaper.mjs", "cmdline").find((p) => readParent(p.pid) === app.process.pid);
    expect(reaper).toBeDefined();
    process.kill(reaper!.pid, "SIGKILL");
    app.process.kill("SIGKILL");
    const next = await launch({
      dataDir: app.dataDir,
      env: { PORT: String(app.ports.PORT), PG_PORT: String(app.ports.PG_PORT), MEILI_PORT: String(app.ports.MEILI_PORT) },
    });
    expect(next.output()).not.toMatch(/already in use/);
    expect(await health(next)).toBe(200);
    expect((await next.interrupt()).code).toBe(0);
  } finally {
    await rm(app.dataDir, { recursive: true, force: true });
  }
}, 600_000);

it("SIGINT at random points of a first start, ten times: every next start succeeds", async () => {
  const delays = [0.3, 1, 2, 3.5, 5, 7, 9, 12, 16, 22]; // seconds: dependency check, build check, services, migrations, seeding, first-boot ingest
  for (const delay of delays) {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "commonplace-interrupt-"));
    try {
      const first = await launch({ dataDir, ready: false });
      await new Promise((r) => setTimeout(r, delay * 1000));
      await first.interrupt(); // before the launcher's handlers exist Node's default ends it: any exit is fine
      await until(`nothing left running a few seconds after SIGINT at ${delay} s`, 15_000, () => leftovers(dataDir, Object.values(first.ports)).length === 0);
      const next = await launch({ dataDir });
      expect(await health(next)).toBe(200);
      const search = (await (await fetch(`${next.base}/api/v1/papers/search?q=&limit=1`)).json()) as { total: number };
      expect(search.total, `digest papers after an interrupt at ${delay} s`).toBe(49);
      expect((await next.interrupt()).code).toBe(0);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }
}, 1_800_000);

function readParent(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ")[1]);
  } catch {
    return -1;
  }
}
