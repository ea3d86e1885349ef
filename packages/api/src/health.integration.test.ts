import net from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "@commonplace/db";
import { LiveBus } from "@commonplace/db/live";
import { createSearchClient } from "@commonplace/search";
import { startTcpProxy } from "../../../test/tcp-proxy.ts";
import { checkHealth, checkReadiness } from "./health.ts";

// Health against the real services: what a load balancer reads (readiness) and what people read (health).

const url = process.env.DATABASE_URL!;
const db = createDb(url);
const search = createSearchClient({ host: process.env.MEILI_HOST!, apiKey: process.env.MEILI_MASTER_KEY });
const cleanups: (() => Promise<unknown>)[] = [() => db.$disconnect()];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

/** A search client for a port nothing listens on (taken, then released). */
async function deadSearch() {
  const server = net.createServer().listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((r) => server.close(r));
  return createSearchClient({ host: `http://127.0.0.1:${port}` });
}

describe("readiness", () => {
  it("is ready with PostgreSQL and Meilisearch reachable, whether or not a worker runs", async () => {
    await db.workerHeartbeat.deleteMany({});
    expect(await checkReadiness({ db, search })).toEqual({ status: "ready", db: "up", search: "up", down: [] });
  });

  it("is unready, naming the part, when Meilisearch cannot be reached", async () => {
    expect(await checkReadiness({ db, search: await deadSearch() })).toEqual({ status: "unready", db: "up", search: "down", down: ["search"] });
  });
});

describe("health", () => {
  it("reports this instance's live bus: down while its connection cannot be made, up once it is back", async () => {
    const target = new URL(url);
    const proxy = await startTcpProxy(target.hostname, Number(target.port));
    cleanups.push(() => proxy.close());
    await proxy.cut();
    const live = new LiveBus(proxy.via(url), { minDelayMs: 50, maxDelayMs: 200 });
    cleanups.push(() => live.close());

    const down = await checkHealth({ db, search, live, version: "test" });
    expect(down).toMatchObject({ status: "degraded", db: "up", search: "up", live: "down", version: "test" });
    expect(down.down).toContain("live");

    await proxy.restore();
    await expect.poll(async () => (await checkHealth({ db, search, live, version: "test" })).live, { timeout: 10_000 }).toBe("up");
  });

  it("names search when Meilisearch is down (asked through packages/search)", async () => {
    const live = new LiveBus(url);
    cleanups.push(() => live.close());
    const health = await checkHealth({ db, search: await deadSearch(), live, version: "test" });
    expect(health).toMatchObject({ status: "degraded", db: "up", search: "down", live: "up" });
    expect(health.down).toContain("search");
  });
});
