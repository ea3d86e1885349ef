import { tracked, TRPCError } from "@trpc/server";
import { z } from "zod";
import { LiveUnavailableError, RESYNC, type LiveBus, type LiveEvent } from "@commonplace/db/live";

// Turning bus events into what a subscriber may receive. Listening starts before any catch-up query, so
// nothing written between the catch-up and the live stream is lost; events are re-checked one by one
// (`allow`) because permissions can change while a subscription is open. Each event is `tracked` with
// "<at>-<id>", so a reconnecting client sends it back as lastEventId and gets a catch-up of what it missed.
// When this process's LISTEN connection itself reconnects, the bus sends RESYNC and every open stream runs
// the same catch-up from the moment the connection was lost (or, failing that, sends "live.reload").

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

/** Margin for clock skew between instances (and NOTIFYs in flight when a connection drops). */
const CLOCK_MARGIN_MS = 5_000;

/** The time a lastEventId ("<at>-<id>") stands for, with a margin for clock skew between instances. */
export function sinceOf(lastEventId: string | null | undefined): Date | null {
  const at = lastEventId ? Number(lastEventId.split("-")[0]) : NaN;
  return Number.isFinite(at) && at > 0 ? new Date(at - CLOCK_MARGIN_MS) : null;
}

/** Subscribes now and buffers, so callers can run a catch-up query without missing events. */
async function listen(bus: LiveBus, topic: string, signal: AbortSignal | undefined) {
  const queue: LiveEvent[] = [];
  let wake: (() => void) | undefined;
  let done = false;
  let failure: unknown = null;
  const events = bus.subscribe(topic, signal);
  // Runs synchronously up to the bus's ready(): the listener is attached before anything below.
  void (async () => {
    try {
      for await (const event of events) {
        queue.push(event);
        wake?.();
      }
    } catch (error) {
      failure = error;
    } finally {
      done = true;
      wake?.();
    }
  })();
  try {
    await bus.ready({ signal });
  } catch (error) {
    if (error instanceof LiveUnavailableError) throw new TRPCError({ code: "SERVICE_UNAVAILABLE", message: error.message });
    throw error;
  }
  return async function* () {
    while (true) {
      while (queue.length) yield queue.shift()!;
      if (failure) throw failure;
      if (done || signal?.aborted) return;
      await new Promise<void>((r) => (wake = r));
      wake = undefined;
    }
  };
}

const trackedView = (e: LiveEventView) => tracked(`${e.at}-${e.id ?? ""}`, liveEventView.parse(e));

/**
 * What a subscriber missed since `since`: the catch-up query's events, or, when there is no catch-up or
 * it fails, one "live.reload" event telling the client to reload what it shows.
 */
async function* catchUpFrom(since: Date, catchUp: ((since: Date) => Promise<LiveEventView[]>) | undefined) {
  let missed: LiveEventView[] | null = null;
  if (catchUp) missed = await catchUp(since).catch(() => null);
  if (missed) for (const e of missed) yield trackedView(e);
  else yield trackedView({ kind: "live.reload", id: null, actorId: null, at: Date.now() });
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
    for (const e of await opts.catchUp(since)) yield trackedView(e);
  }
  for await (const event of events()) {
    // The bus reconnected: NOTIFYs sent while it was down never arrived; catch up from when it was lost.
    if (event.kind === RESYNC) {
      yield* catchUpFrom(new Date(event.at - CLOCK_MARGIN_MS), opts.catchUp);
      continue;
    }
    if (!(await opts.allow(event).catch(() => false))) continue;
    yield trackedView({ kind: event.kind, id: event.id ?? null, actorId: event.actorId ?? null, at: event.at });
  }
}
