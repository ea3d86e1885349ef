import { tracked } from "@trpc/server";
import { z } from "zod";
import type { LiveBus, LiveEvent } from "../../live/bus.ts";

// Turning bus events into what a subscriber may receive. Listening starts before any catch-up query, so
// nothing written between the catch-up and the live stream is lost; events are re-checked one by one
// (`allow`) because permissions can change while a subscription is open. Each event is `tracked` with
// "<at>-<id>", so a reconnecting client sends it back as lastEventId and gets a catch-up of what it missed.

export const liveEventView = z.object({
  kind: z.string(),
  /** The annotation (or notification) the event is about: refetch it (annotations.thread / notifications.list). */
  id: z.string().nullable(),
  actorId: z.string().nullable(),
  /** Milliseconds since the epoch, at the writer. */
  at: z.number(),
});
export type LiveEventView = z.infer<typeof liveEventView>;

export const lastEventIdInput = z.string().max(200).nullish();

/** The time a lastEventId ("<at>-<id>") stands for, with a margin for clock skew between instances. */
export function sinceOf(lastEventId: string | null | undefined): Date | null {
  const at = lastEventId ? Number(lastEventId.split("-")[0]) : NaN;
  return Number.isFinite(at) && at > 0 ? new Date(at - 5_000) : null;
}

/** Subscribes now and buffers, so callers can run a catch-up query without missing events. */
async function listen(bus: LiveBus, topic: string, signal: AbortSignal | undefined) {
  const queue: LiveEvent[] = [];
  let wake: (() => void) | undefined;
  let done = false;
  const before = bus.listenerCount(topic);
  void (async () => {
    try {
      for await (const event of bus.subscribe(topic, signal)) {
        queue.push(event);
        wake?.();
      }
    } finally {
      done = true;
      wake?.();
    }
  })();
  await bus.ready();
  // The listener attaches a few microtasks after the bus is ready; bounded, since another subscriber
  // leaving the topic at the same moment would keep the count from rising.
  for (let i = 0; i < 100 && !done && bus.listenerCount(topic) <= before; i++) await new Promise((r) => setImmediate(r));
  return async function* () {
    while (true) {
      while (queue.length) yield queue.shift()!;
      if (done || signal?.aborted) return;
      await new Promise<void>((r) => (wake = r));
      wake = undefined;
    }
  };
}

export async function* liveStream(opts: {
  bus: LiveBus;
  topic: string;
  signal: AbortSignal | undefined;
  lastEventId?: string | null;
  catchUp?: (since: Date) => Promise<LiveEventView[]>;
  allow: (event: LiveEvent) => Promise<boolean>;
}) {
  const events = await listen(opts.bus, opts.topic, opts.signal);
  const since = sinceOf(opts.lastEventId);
  if (since && opts.catchUp) {
    for (const e of await opts.catchUp(since)) yield tracked(`${e.at}-${e.id ?? ""}`, liveEventView.parse(e));
  }
  for await (const event of events()) {
    if (!(await opts.allow(event).catch(() => false))) continue;
    const view = liveEventView.parse({ kind: event.kind, id: event.id ?? null, actorId: event.actorId ?? null, at: event.at });
    yield tracked(`${event.at}-${event.id ?? ""}`, view);
  }
}
