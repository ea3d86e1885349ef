import type { SearchClient } from "./client.ts";

/**
 * Whether Meilisearch answers its health endpoint as available within `timeoutMs`. Used by the web
 * app's health and readiness checks and by the outbox drainer to notice quickly that it is back.
 */
export async function isSearchAvailable(search: Pick<SearchClient, "meili">, timeoutMs = 2000): Promise<boolean> {
  const host = search.meili.config.host.replace(/\/$/, "");
  try {
    const response = await fetch(`${host}/health`, { signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) return false;
    const body = (await response.json()) as { status?: string };
    return body.status === "available";
  } catch {
    return false;
  }
}
