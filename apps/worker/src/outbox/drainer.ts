import pg from "pg";
import { OUTBOX_CHANNEL } from "@commonplace/jobs";
import { isSearchAvailable } from "@commonplace/search";
import { errorText } from "../pipeline/batch-writer.ts";
import { drainPipelined, emptyDrain, pendingOutboxCount, pruneOutbox, type DrainDeps } from "../pipeline/index.ts";

// Keeps the search index in sync in a running worker. A drain runs when persist NOTIFYs (at commit),
// when a `search.drain-outbox` job arrives, and on a timer as a safety net. Drains never overlap in
// one process (a kick during a drain schedules one more pass). After a failed delivery the next pass
// waits with exponential backoff, capped; while it waits, Meilisearch's health is probed every probeMs,
// and a Meilisearch seen down and then available again is drained at once (seconds after it returns,
// not when a long backoff expires).

export interface DrainerOptions {
  databaseUrl: string;
  pollMs: number;
  maxBackoffMs: number;
  /** LISTEN for NOTIFYs (default true). */
  listen?: boolean;
  /** Leave partial batches for later (the ingest CLI drains the rest with drainAll at the end). */
  fullBatchesOnly?: boolean;
  /** How often Meilisearch's health is probed after a failed delivery (default 1000 ms). */
  probeMs?: number;
}

const PRUNE_EVERY_MS = 60 * 60 * 1000;

export class OutboxDrainer {
  private running: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private failures = 0;
  private stopped = false;
  private listener: pg.Client | null = null;
  private lastPrune = 0;
  /** Bumped by every kick: a health probe started before a kick gives up. */
  private kicks = 0;
  /** Documents upserted by this drainer since it was created. */
  delivered = 0;
  private readonly deps: DrainDeps;

  constructor(
    deps: DrainDeps,
    private readonly options: DrainerOptions,
  ) {
    this.deps = { ...deps, state: deps.state ?? { indexReady: false } };
  }

  async start(): Promise<void> {
    if (this.options.listen !== false) await this.listen();
    this.kick();
  }

  /** Drain now (or right after the drain in progress). */
  kick(): void {
    if (this.stopped) return;
    this.kicks++;
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.running = this.loop().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.kick();
      }
    });
  }

  /** Resolves once the drain in progress (if any) is over. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.idle();
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
  }

  private async loop(): Promise<void> {
    const { logger } = this.deps;
    try {
      const r = await drainPipelined(this.deps, { shouldStop: () => this.stopped, fullBatchesOnly: this.options.fullBatchesOnly });
      if (r.paused) return this.schedule(this.options.pollMs);
      if (r.transient) {
        this.failures++;
        return this.waitForSearch(this.backoff());
      }
      this.failures = 0;
      this.delivered += r.indexed;
      if (r.claimed > 0) logger.debug({ indexed: r.indexed, deleted: r.deleted, retried: r.retried }, "outbox rows delivered");
      if (Date.now() - this.lastPrune > PRUNE_EVERY_MS) {
        this.lastPrune = Date.now();
        await pruneOutbox(this.deps.db);
      }
      this.schedule(this.options.pollMs);
    } catch (error) {
      // The database itself failed (or the transaction timed out): try again later, never crash.
      this.failures++;
      logger.error({ err: error }, "outbox drain failed");
      this.schedule(this.backoff());
    }
  }

  private backoff(): number {
    return Math.min(this.options.maxBackoffMs, 250 * 2 ** Math.min(this.failures, 20));
  }

  /** Drains again after `backoffMs`, or as soon as a Meilisearch seen down answers as available. */
  private waitForSearch(backoffMs: number): void {
    if (this.stopped) return;
    const probeMs = this.options.probeMs ?? 1000;
    const until = Date.now() + backoffMs;
    let sawDown = false;
    const kicks = this.kicks;
    const probe = async () => {
      this.timer = null;
      if (this.stopped || this.kicks !== kicks) return;
      const available = await isSearchAvailable(this.deps.search, Math.max(probeMs, 500));
      if (this.stopped || this.kicks !== kicks) return;
      if (!available) sawDown = true;
      if ((available && sawDown) || Date.now() >= until) return this.kick();
      this.timer = setTimeout(() => void probe(), Math.min(probeMs, Math.max(0, until - Date.now())));
      this.timer.unref();
    };
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void probe(), Math.min(probeMs, backoffMs));
    this.timer.unref();
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.kick(), ms);
    this.timer.unref();
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.options.databaseUrl, application_name: "commonplace-outbox-listener" });
    const retry = () => {
      if (this.listener !== client || this.stopped) return;
      this.listener = null;
      client.end().catch(() => undefined);
      setTimeout(() => void this.listen().catch(() => undefined), this.options.pollMs).unref();
    };
    client.on("notification", () => this.kick());
    client.on("error", (error) => {
      this.deps.logger.warn({ err: error }, "outbox LISTEN connection lost; polling until it is back");
      retry();
    });
    client.on("end", retry);
    this.listener = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
    } catch (error) {
      this.deps.logger.warn({ err: error }, "could not LISTEN for outbox notifications; polling");
      retry();
    }
  }
}

export interface DrainAllResult {
  indexed: number;
  deleted: number;
  /** Rows still waiting when the wait ran out (0 on success). */
  pending: number;
  lastError?: string;
}

/**
 * Drain until nothing is pending (the ingest CLI, tests, first boot), ignoring row backoff; while
 * Meilisearch is unreachable, retry with backoff until waitMs has passed.
 */
export async function drainAll(deps: DrainDeps, waitMs: number): Promise<DrainAllResult> {
  const state = deps.state ?? { indexReady: false };
  const d = { ...deps, state };
  const deadline = Date.now() + waitMs;
  const out: DrainAllResult = { indexed: 0, deleted: 0, pending: 0 };
  let failures = 0;
  for (;;) {
    // A PostgreSQL failure (a restart, a dropped connection) is waited out like an unreachable Meilisearch.
    const r = await drainPipelined(d, { ignoreBackoff: true }).catch((error: unknown) => emptyDrain({ transient: true, error: errorText(error) }));
    out.indexed += r.indexed;
    out.deleted += r.deleted;
    if (r.error) out.lastError = r.error;
    if (!r.transient && !r.paused && r.claimed > 0 && r.retried === 0) {
      failures = 0;
      continue;
    }
    out.pending = await pendingOutboxCount(deps.db).catch(() => -1);
    if (out.pending === 0) {
      delete out.lastError;
      return out;
    }
    if (Date.now() >= deadline) return out;
    failures++;
    await new Promise((r) => setTimeout(r, Math.min(deadline - Date.now(), 250 * 2 ** Math.min(failures, 6), deps.maxBackoffMs)));
  }
}
