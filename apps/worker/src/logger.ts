import { pino, type Logger } from "pino";

export type { Logger };

/**
 * JSON logs (one line each) to stdout for the worker; the CLIs log to stderr so stdout carries
 * only their report. Every job gets a child logger carrying its job name and id.
 */
export function createLogger(level: string, options: { name?: string; stderr?: boolean } = {}): Logger {
  return pino(
    { name: options.name ?? "worker", level, base: { pid: process.pid }, serializers: { err: pino.stdSerializers.err } },
    pino.destination({ dest: options.stderr ? 2 : 1, sync: true }),
  );
}

export function jobLogger(logger: Logger, job: string, jobId: string): Logger {
  return logger.child({ job, jobId });
}
