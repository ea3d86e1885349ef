import { headers } from "next/headers";
import { appUrl, requestOrigin } from "@commonplace/api/server";

/**
 * The base URL of links on this page (canonical links, OpenGraph, JSON-LD, feed autodiscovery): APP_URL when
 * it is configured, else the address this request came in on. Server only.
 */
export async function siteUrl(): Promise<string> {
  return appUrl(requestOrigin(await headers()));
}

/** `path` made absolute on `base` (from siteUrl()). */
export function absoluteUrl(path: string, base: string): string {
  return new URL(path, `${base}/`).toString();
}
