import { EventEmitter, on } from "node:events";
import pg from "pg";
import { z } from "zod";

/**
 * Live events across every web instance: writers NOTIFY on one PostgreSQL channel; each process keeps one
 * LISTEN connection and fans events out to its in-process subscribers by topic (paper:<id>, list:<id>,
 * user:<id>, team:<id>). Payloads carry ids, not content: subscribers re-read what they may see.
 * Here, beside the database, because both the API and the worker publish (`@commonplace/db/live`; it does
 * not load the generated Prisma client).
 *
 * The LISTEN connection reconnects forever (capped exponential backoff with jitter). Subscriptions live on
 * the in-process emitter, so they survive a reconnect; after one, every open topic receives a RESYNC
 * event whose `at` is when the connection was lost, so subscribers can catch up on what they missed.
 */
export const CHANNEL = "commonplace_events";
/** Kind of the bus's own event after a reconnect: NOTIFYs since `at` (ms) may have been missed. */
export const RESYNC = "live.resync";

/**
 * Who may see what an event is about, as it was when written (annotation events: the annotation's author,
 * visibility, team and list, none of which a write changes). Lets a subscriber decide without re-reading
 * the row; the caller's role in the team or list is still read per event.
 */
export const liveSubject = z.object({
  authorId: z.string().max(100),
  visibility: z.enum(["PRIVATE", "TEAM", "PUBLIC"]),
  teamId: z.string().max(100).nullable(),
  listId: z.string().max(100).nullable(),
});
export type LiveSubject = z.infer<typeof liveSubject>;

export const liveEvent = z.object({
  topic: z.string().max(200),
  kind: z.string().max(100),
  id: z.string().max(100).optional(),
  actorId: z.string().max(100).optional(),
  subject: liveSubject.optional(),
  at: z.number(),
});
export type LiveEvent = z.infer<typeof liveEvent>;

type Queryable = { query: (sql: string, params: unknown[]) => Promise<unknown> } | { $executeRaw: (...args: never[]) => Promise<number> };

/** NOTIFY through any connection (inside a transaction it is delivered on commit, never before). */
export async function publish(target: Queryable, event: Omit<LiveEvent, "at">): Promise<void> {
  const payload = JSON.stringify({ ...event, at: Date.now() });
  if ("query" in target) await target.query("SELECT pg_notify($1, $2)", [CHANNEL, payload]);
  else await (target as { $executeRaw: (s: TemplateStringsArray, ...v: unknown[]) => Promise<number> }).$executeRaw`SELECT pg_notify(${CHANNEL}, ${payload})`;
}

/** A subscription could not start: the LISTEN connection stayed down for longer than the wait. */
export class LiveUnavailableError extends Error {
  constructor() {
    super("Live updates are unavailable right now (the database cannot be reached); try again shortly.");
    this.name = "LiveUnavailableError";
  }
}

export type LiveBusStatus = "idle" | "connecting" | "up" | "down";

export interface LiveBusOptions {
  onError?: (error: unknown) => void;
  /** First reconnect delay; doubles per failed attempt up to maxDelayMs (each delay jittered to 50–100 %). */
  minDelayMs?: number;
  maxDelayMs?: number;
  /** How long ready() (and so a new subscription) waits for the connection before LiveUnavailableError. */
  waitMs?: number;
}

const abortError = () => Object.assign(new Error("aborted"), { name: "AbortError" });

export class LiveBus {
  private readonly emitter = new EventEmitter();
  private readonly options: Required<LiveBusOptions>;
  private status: LiveBusStatus = "idle";
  private downSince: number | null = null;
  private attempt = 0;
  private client: pg.Client | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly waiters = new Set<{ resolve: () => void; reject: (error: Error) => void }>();
  private closed = false;

  constructor(
    private readonly databaseUrl: string,
    options: LiveBusOptions | ((error: unknown) => void) = {},
  ) {
    this.emitter.setMaxListeners(0);
    const given = typeof options === "function" ? { onError: options } : options;
    this.options = { onError: () => {}, minDelayMs: 250, maxDelayMs: 5000, waitMs: 10_000, ...given };
  }

  /** The connection's state, and since when it has been lost (null while up or never connected). */
  state(): { status: LiveBusStatus; downSince: Date | null } {
    return { status: this.status, downSince: this.downSince === null ? null : new Date(this.downSince) };
  }

  /** Resolves once LISTEN is up (connecting lazily); rejects with LiveUnavailableError after waitMs. */
  ready(options: { waitMs?: number; signal?: AbortSignal } = {}): Promise<void> {
    if (this.closed) return Promise.reject(new Error("the live bus is closed"));
    if (this.status === "up") return Promise.resolve();
    if (options.signal?.aborted) return Promise.reject(abortError());
    if (this.status === "idle") this.connect();
    return new Promise<void>((resolve, reject) => {
      const settle = (fn: () => void) => {
        clearTimeout(timeout);
        options.signal?.removeEventListener("abort", abort);
        this.waiters.delete(waiter);
        fn();
      };
      const waiter = { resolve: () => settle(resolve), reject: (error: Error) => settle(() => reject(error)) };
      const abort = () => waiter.reject(abortError());
      const timeout = setTimeout(() => waiter.reject(new LiveUnavailableError()), options.waitMs ?? this.options.waitMs);
      options.signal?.addEventListener("abort", abort, { once: true });
      this.waiters.add(waiter);
    });
  }

  private connect(): void {
    this.timer = undefined;
    if (this.closed) return;
    this.status = this.downSince === null ? "connecting" : "down";
    const client = new pg.Client({ connectionString: this.databaseUrl, application_name: "commonplace-live", keepAlive: true });
    let lost = false;
    const lose = (error?: unknown) => {
      if (error) this.options.onError(error);
      if (lost) return;
      lost = true;
      if (this.client === client) this.client = undefined;
      client.end().catch(() => {});
      if (this.closed) return;
      this.status = "down";
      this.downSince ??= Date.now();
      this.scheduleReconnect();
    };
    client.on("notification", (message) => {
      try {
        const event = liveEvent.parse(JSON.parse(message.payload ?? ""));
        this.emitter.emit(event.topic, event);
      } catch (error) {
        this.options.onError(error);
      }
    });
    client.on("error", lose);
    client.on("end", () => lose());
    client
      .connect()
      .then(() => client.query(`LISTEN ${CHANNEL}`))
      .then(() => {
        if (lost) return;
        if (this.closed) return void client.end().catch(() => {});
        this.client = client;
        this.status = "up";
        this.attempt = 0;
        const missedSince = this.downSince;
        this.downSince = null;
        for (const waiter of [...this.waiters]) waiter.resolve();
        if (missedSince !== null) this.resync(missedSince);
      }, lose);
  }

  private scheduleReconnect(): void {
    if (this.timer || this.closed) return;
    const delay = Math.min(this.options.maxDelayMs, this.options.minDelayMs * 2 ** Math.min(this.attempt, 20));
    this.attempt++;
    this.timer = setTimeout(() => this.connect(), delay / 2 + (Math.random() * delay) / 2);
    this.timer.unref();
  }

  /** Tells every open topic that events since `since` may have been missed while the connection was down. */
  private resync(since: number): void {
    for (const topic of this.emitter.eventNames()) {
      // "error" is events.on()'s own listener, not a topic.
      if (typeof topic === "string" && topic !== "error") this.emitter.emit(topic, { topic, kind: RESYNC, at: since } satisfies LiveEvent);
    }
  }

  /**
   * Events for one topic until the signal aborts (used by tRPC subscriptions). The listener is attached
   * as soon as the generator starts, before it waits for the connection, and it survives reconnects.
   */
  async *subscribe(topic: string, signal?: AbortSignal): AsyncGenerator<LiveEvent> {
    const events = on(this.emitter, topic, { signal });
    try {
      await this.ready({ signal });
      for await (const [event] of events) yield event as LiveEvent;
    } catch (error) {
      if ((error as Error).name !== "AbortError") throw error;
    } finally {
      await events.return?.();
    }
  }

  listenerCount(topic: string): number {
    return this.emitter.listenerCount(topic);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    for (const waiter of [...this.waiters]) waiter.reject(new Error("the live bus is closed"));
    await this.client?.end().catch(() => {});
  }
}
