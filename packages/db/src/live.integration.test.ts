import { afterAll, describe, expect, it } from "vitest";
import pg from "pg";
import { LiveBus, publish, type LiveEvent } from "./live.ts";

const url = process.env.DATABASE_URL!;
const buses: LiveBus[] = [];
afterAll(async () => Promise.all(buses.map((b) => b.close())));

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
