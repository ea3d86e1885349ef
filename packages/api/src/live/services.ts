import { env } from "../env.ts";
import { logger } from "../lib/logger.ts";
import { LiveBus } from "@commonplace/db/live";

// One LiveBus (one LISTEN connection) per process, shared by every subscription. Kept on globalThis like
// the database client, so Next.js dev reloads do not open a new connection each time.
const store = globalThis as unknown as { __commonplaceLiveBus?: LiveBus };

export function liveBus(): LiveBus {
  store.__commonplaceLiveBus ??= new LiveBus(env().DATABASE_URL, (error) => logger().warn({ err: error }, "live bus"));
  return store.__commonplaceLiveBus;
}

/** For tests and graceful shutdown: closes the process's bus (the next liveBus() opens a new one). */
export async function closeLiveBus(): Promise<void> {
  const bus = store.__commonplaceLiveBus;
  store.__commonplaceLiveBus = undefined;
  await bus?.close();
}
