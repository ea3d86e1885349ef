import { ConfigError, parseConfig, parseConfigOrExit, workerSchema, type WorkerConfig } from "@commonplace/config";

// The worker's configuration (composed in @commonplace/config from the concerns it needs), validated once
// at boot. Nothing else in this app reads process.env.

export type Env = WorkerConfig;
export { ConfigError as EnvError };

/** Parses and validates; throws EnvError naming every bad variable and what it expects. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  return parseConfig("worker", workerSchema, source);
}

/** For entry points: print what is wrong and exit (code 1 by default) instead of starting half-configured. */
export function loadEnvOrExit(source: Record<string, string | undefined> = process.env, exitCode = 1): Env {
  return parseConfigOrExit("worker", workerSchema, source, exitCode);
}
