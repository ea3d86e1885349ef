import { EventEmitter, on } from "node:events";
import pg from "pg";
import { z } from "zod";

/**
 * Live events across every web instance: writers NOTIFY on one PostgreSQL channel; each process keeps one
 * LISTEN connection and fans events out to its in-process subscribers by topic (paper:<id>, list:<id>,
 * user:<id>, team:<id>). Payloads carry ids, not content: subscribers re-read what they may see.
 * Here, beside the database, because both the API and the worker publish (`@commonplace/db/live`; it does
 * not load the generated Prisma client).
 */
export const CHANNEL = "commonplace_events";

export const liveEvent = z.object({
  topic: z.string().max(200),
  kind: z.string().max(100),
  id: z.string().max(100).optional(),
  actorId: z.string().max(100).optional(),
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

export class LiveBus {
  private readonly emitter = new EventEmitter();
  private client: pg.Client | undefined;
  private connecting: Promise<void> | undefined;
  private closed = false;

  constructor(private readonly databaseUrl: string, private readonly onError: (error: unknown) => void = () => {}) {
    this.emitter.setMaxListeners(0);
  }

  /** Connects lazily; reconnects with a delay when the connection drops. */
  ready(): Promise<void> {
    this.connecting ??= this.connect();
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl, application_name: "commonplace-live" });
    client.on("notification", (message) => {
      try {
        const event = liveEvent.parse(JSON.parse(message.payload ?? ""));
        this.emitter.emit(event.topic, event);
      } catch (error) {
        this.onError(error);
      }
    });
    client.on("error", (error) => {
      this.onError(error);
      this.client = undefined;
      this.connecting = undefined;
      if (!this.closed) setTimeout(() => void this.ready().catch(this.onError), 1000).unref();
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.client = client;
  }

  /** Events for one topic until the signal aborts (used by tRPC subscriptions). */
  async *subscribe(topic: string, signal?: AbortSignal): AsyncGenerator<LiveEvent> {
    await this.ready();
    try {
      for await (const [event] of on(this.emitter, topic, { signal })) yield event as LiveEvent;
    } catch (error) {
      if ((error as Error).name !== "AbortError") throw error;
    }
  }

  listenerCount(topic: string): number {
    return this.emitter.listenerCount(topic);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.client?.end().catch(() => {});
  }
}
