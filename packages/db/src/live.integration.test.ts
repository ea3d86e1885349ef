import { afterAll, describe, expect, it } from "vitest";
import pg from "pg";
import { startTcpProxy, type TcpProxy } from "../../../test/tcp-proxy.ts";
import { LiveBus, LiveUnavailableError, publish, RESYNC, type LiveEvent } from "./live.ts";

const url = process.env.DATABASE_URL!;
const buses: LiveBus[] = [];
const proxies: TcpProxy[] = [];
afterAll(async () => {
  await Promise.all(buses.map((b) => b.close()));
  await Promise.all(proxies.map((p) => p.close()));
});

/** A proxy in front of the test database, to cut the bus off from it as a PostgreSQL outage would. */
async function proxyToDatabase(): Promise<TcpProxy> {
  const target = new URL(url);
  const proxy = await startTcpProxy(target.hostname, Number(target.port));
  proxies.push(proxy);
  return proxy;
}

async function publishDirect(event: Omit<LiveEvent, "at">): Promise<void> {
  const writer = new pg.Client({ connectionString: url });
  await writer.connect();
  await publish(writer, event);
  await writer.end();
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function first(bus: LiveBus, topic: string): Promise<LiveEvent> {
  const controller = new AbortController();
  for await (const event of bus.subscribe(topic, controller.signal)) {
    controller.abort();
    return event;
  }
  throw new Error("no event");
}

describe("live bus (LISTEN/NOTIFY)", () => {
  it("delivers an event published by one process's connection to a listener on another connection", async () => {
    const a = new LiveBus(url);
    const b = new LiveBus(url);
    buses.push(a, b);
    await Promise.all([a.ready(), b.ready()]);
    const received = first(b, "paper:p1");
    await new Promise((r) => setTimeout(r, 50));
    const writer = new pg.Client({ connectionString: url });
    await writer.connect();
    await publish(writer, { topic: "paper:p1", kind: "annotation.created", id: "a1", actorId: "u1" });
    await writer.end();
    expect(await received).toMatchObject({ topic: "paper:p1", kind: "annotation.created", id: "a1", actorId: "u1" });
  });

  it("delivers nothing from a rolled-back transaction and only the topic's own events", async () => {
    const bus = new LiveBus(url);
    buses.push(bus);
    const seen: LiveEvent[] = [];
    const controller = new AbortController();
    const loop = (async () => {
      for await (const event of bus.subscribe("list:l1", controller.signal)) seen.push(event);
    })();
    await bus.ready();
    await new Promise((r) => setTimeout(r, 50));
    const writer = new pg.Client({ connectionString: url });
    await writer.connect();
    await writer.query("BEGIN");
    await publish(writer, { topic: "list:l1", kind: "item.added", id: "rolled-back" });
    await writer.query("ROLLBACK");
    await publish(writer, { topic: "list:other", kind: "item.added", id: "other" });
    await publish(writer, { topic: "list:l1", kind: "item.added", id: "kept" });
    await writer.end();
    await expect.poll(() => seen.map((e) => e.id)).toEqual(["kept"]);
    controller.abort();
    await loop;
    expect(bus.listenerCount("list:l1")).toBe(0);
  });
});

describe("live bus outages", () => {
  it("reconnects by itself after an outage longer than its first retries; open subscriptions get RESYNC, then live events", async () => {
    const proxy = await proxyToDatabase();
    const bus = new LiveBus(proxy.via(url), { minDelayMs: 100, maxDelayMs: 400 });
    buses.push(bus);
    const seen: LiveEvent[] = [];
    const controller = new AbortController();
    const loop = (async () => {
      for await (const event of bus.subscribe("paper:outage", controller.signal)) seen.push(event);
    })();
    await bus.ready();
    const lostAfter = Date.now();
    await proxy.cut();
    await expect.poll(() => bus.state().status).toBe("down");
    await publishDirect({ topic: "paper:outage", kind: "annotation.created", id: "while-down" });
    await sleep(2500); // several reconnect attempts fail meanwhile
    expect(bus.state().status).toBe("down");
    await proxy.restore();

    await expect.poll(() => bus.state(), { timeout: 10_000 }).toEqual({ status: "up", downSince: null });
    await expect.poll(() => seen.map((e) => e.kind)).toEqual([RESYNC]);
    expect(seen[0]!.at).toBeGreaterThanOrEqual(lostAfter);
    await publishDirect({ topic: "paper:outage", kind: "annotation.created", id: "after" });
    await expect.poll(() => seen.map((e) => e.id ?? e.kind)).toEqual([RESYNC, "after"]);
    controller.abort();
    await loop;
  });

  it("a subscription started while the database is unreachable fails with a clear error, and the bus still comes back", async () => {
    const proxy = await proxyToDatabase();
    await proxy.cut();
    const bus = new LiveBus(proxy.via(url), { minDelayMs: 50, maxDelayMs: 200, waitMs: 500 });
    buses.push(bus);
    const subscription = bus.subscribe("paper:never");
    await expect(subscription.next()).rejects.toBeInstanceOf(LiveUnavailableError);
    expect(bus.listenerCount("paper:never")).toBe(0);
    expect(bus.state().status).toBe("down");
    await proxy.restore();
    await bus.ready({ waitMs: 10_000 });
    expect(bus.state().status).toBe("up");
  });
});
