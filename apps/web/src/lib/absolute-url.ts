import { env } from "@commonplace/api/server";

/** Absolute URL on this deployment, from APP_URL (canonical links, OpenGraph, JSON-LD and feeds need them). Server only. */
export function absoluteUrl(path: string): string {
  return new URL(path, env().APP_URL.replace(/\/?$/, "/")).toString();
}
