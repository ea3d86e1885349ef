import PgBoss from "pg-boss";
import { QUEUES, type JobName } from "./names.ts";

export type Boss = PgBoss;
export type { PgBoss };

export interface CreateBossOptions {
  /**
   * "producer" (the API): only sends jobs, runs no maintenance or cron.
   * "worker" (default): also supervises (expiry, retention) and monitors.
   */
  role?: "producer" | "worker";
  /** Pool size for pg-boss's own connections (default 4 for producers, 10 for workers). */
  max?: number;
  application_name?: string;
}

/** A pg-boss instance on the application's PostgreSQL (schema "pgboss"); call startBoss before use. */
export function createBoss(databaseUrl: string, options: CreateBossOptions = {}): Boss {
  const producer = options.role === "producer";
  return new PgBoss({
    connectionString: databaseUrl,
    max: options.max ?? (producer ? 4 : 10),
    application_name: options.application_name ?? (producer ? "commonplace-api" : "commonplace-worker"),
    supervise: !producer,
    schedule: !producer,
  });
}

/**
 * Starts pg-boss (installing or migrating its schema) and creates every queue this release knows.
 * pg-boss 10 refuses jobs for queues that do not exist, so producers call this too. Idempotent.
 */
export async function startBoss(boss: Boss): Promise<Boss> {
  await boss.start();
  for (const [name, settings] of Object.entries(QUEUES) as [JobName, (typeof QUEUES)[JobName]][]) {
    await retryDeadlocks(() => boss.createQueue(name, { name, ...settings }));
  }
  return boss;
}

const DEADLOCK = "40P01";

/**
 * Runs `create` again when PostgreSQL aborts it as a deadlock. Processes that start together on a fresh
 * database (two workers and two web instances) create the same queues at once; pg-boss creates each as a
 * partition of one table, and concurrent attaches deadlock. Creating a queue is idempotent, so the
 * transaction PostgreSQL chose to abort is simply run again, after a random pause that breaks the tie.
 */
async function retryDeadlocks<T>(create: () => Promise<T>, attempts = 20): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await create();
    } catch (error) {
      if ((error as { code?: string }).code !== DEADLOCK || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 250));
    }
  }
}

/** Graceful stop: active jobs may finish for up to timeoutMs, then connections close. */
export async function stopBoss(boss: Boss, timeoutMs = 20_000): Promise<void> {
  await boss.stop({ graceful: true, timeout: timeoutMs, wait: true });
}
