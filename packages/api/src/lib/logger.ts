import pino, { type Logger } from "pino";
import { env } from "../env.ts";

let root: Logger | undefined;

/** The web process's structured logger; request handlers use child loggers carrying a request id. */
export function logger(): Logger {
  root ??= pino({ level: env().LOG_LEVEL, base: { service: "web" } });
  return root;
}
