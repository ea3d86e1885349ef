import { afterEach, describe, expect, it } from "vitest";
import { createDb } from "@commonplace/db";
import { createSearchClient } from "@commonplace/search";
import { db, search } from "../../src/lib/services.ts";
import { callerAt, freshAddress, rest, trpcHttp } from "./http.ts";

// Issue 12 ("honest outage answers"): with Meilisearch down, search answered 500 and tRPC showed
// "connect ECONNREFUSED 127.0.0.1:…". Now: 503 with Retry-After naming the service, never an address.
// The outage is real: the process's clients are pointed at a port where nothing listens.

const DEAD = "127.0.0.1:9";
const ADDRESS_OR_DRIVER = /127\.0\.0\.1|ECONNREFUSED|connect |prisma|:9\b/i;
const services = globalThis as unknown as { __commonplaceSearch?: ReturnType<typeof search>; __commonplaceDb?: ReturnType<typeof db> };
const restore: (() => void)[] = [];
afterEach(() => restore.splice(0).forEach((undo) => undo()));

function searchDown() {
  const real = search();
  services.__commonplaceSearch = createSearchClient({ host: `http://${DEAD}`, apiKey: "0123456789abcdef0123", indexPrefix: "down_" });
  restore.push(() => (services.__commonplaceSearch = real));
}
function databaseDown() {
  const real = db();
  services.__commonplaceDb = createDb(`postgresql://nobody:nothing@${DEAD}/none`, { max: 1 });
  restore.push(() => (services.__commonplaceDb = real));
}

describe("Meilisearch down", () => {
  it("REST search answers 503 with Retry-After and a body naming the search service", async () => {
    searchDown();
    const response = await rest("/papers/search?q=attention", { address: freshAddress() });
    expect(response.status).toBe(503);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ error: { code: "search_unavailable", message: expect.stringMatching(/search/i) } });
    expect(text).not.toMatch(ADDRESS_OR_DRIVER);
  });

  it("tRPC search is SERVICE_UNAVAILABLE (503 over HTTP) without the internal address", async () => {
    searchDown();
    const error = (await callerAt(freshAddress())
      .papers.search({ q: "attention" })
      .then(
        () => null,
        (e: unknown) => e,
      )) as Error & { code: string };
    expect(error).toMatchObject({ code: "SERVICE_UNAVAILABLE", message: expect.stringMatching(/search is temporarily unavailable/i) });
    expect(error.message).not.toMatch(ADDRESS_OR_DRIVER);
    const response = await trpcHttp(`papers.search?input=${encodeURIComponent(JSON.stringify({ json: { q: "attention" } }))}`, { address: freshAddress() });
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBeTruthy();
    expect(await response.text()).not.toMatch(ADDRESS_OR_DRIVER);
  });
});

describe("PostgreSQL down", () => {
  it("REST answers 503 naming the database, without its address or driver text", async () => {
    databaseDown();
    const response = await rest("/papers/some-paper-id", { address: freshAddress() });
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBeTruthy();
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ error: { code: "database_unavailable" } });
    expect(text).not.toMatch(ADDRESS_OR_DRIVER);
  });

  it("tRPC answers SERVICE_UNAVAILABLE", async () => {
    databaseDown();
    const error = (await callerAt(freshAddress())
      .papers.byId({ id: "some-paper-id" })
      .then(
        () => null,
        (e: unknown) => e,
      )) as Error & { code: string };
    expect(error).toMatchObject({ code: "SERVICE_UNAVAILABLE" });
    expect(error.message).not.toMatch(ADDRESS_OR_DRIVER);
  });
});
