// The worker process: `tsx apps/worker/src/main.ts` (or `npm start -w @commonplace/worker`).
import { loadEnvOrExit } from "./env.ts";
import { createLogger } from "./logger.ts";
import { startWorker } from "./worker.ts";

const env = loadEnvOrExit();
const logger = createLogger(env.LOG_LEVEL ?? "info");

// A bad item, a bad job or a lost connection is logged, never fatal: the process keeps serving.
process.on("unhandledRejection", (reason) => logger.error({ err: reason }, "unhandled rejection"));
process.on("uncaughtException", (error) => logger.error({ err: error }, "uncaught exception"));

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) {
      logger.warn({ signal }, "second signal: exiting now");
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, "shutting down");
    starting
      .then((worker) => worker.stop())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, "shutdown failed");
          process.exit(1);
        },
      );
  });
}

// Signals are handled from the first moment: one that arrives while the worker starts stops it once started.
const starting = startWorker(env, logger).catch((error: unknown) => {
  logger.fatal({ err: error }, "worker could not start (is PostgreSQL reachable at DATABASE_URL?)");
  process.exit(1);
});
