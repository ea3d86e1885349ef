import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createSearchReads, SearchRequestError } from "./search-transport.ts";

// A local HTTP server standing in for Meilisearch's read routes (the real one is exercised by the
// integration tests); here: headers, errors, timeouts and connections the server drops.

let server: http.Server | null = null;

async function serve(handler: http.RequestListener): Promise<string> {
  server = http.createServer(handler);
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = null;
});

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => resolve(body));
  });
}

describe("search reads transport", () => {
  it("POSTs the request as JSON to the index's search route with the key, and returns the answer", async () => {
    const seen: { url?: string; auth?: string; body?: unknown }[] = [];
    const host = await serve(async (req, res) => {
      seen.push({ url: req.url, auth: req.headers.authorization, body: JSON.parse(await readBody(req)) });
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ hits: [{ id: "p1" }], estimatedTotalHits: 1 }));
    });
    const { search } = createSearchReads(host, "secret-key", 5000);
    const answer = await search("test_papers", { q: "graph", limit: 3 });
    expect(answer.hits).toEqual([{ id: "p1" }]);
    expect(seen).toEqual([{ url: "/indexes/test_papers/search", auth: "Bearer secret-key", body: { q: "graph", limit: 3 } }]);
  });

  it("sends multi-search and document fetches to their routes over the same connection", async () => {
    const seen: { url?: string; body?: unknown; port: number }[] = [];
    const host = await serve(async (req, res) => {
      seen.push({ url: req.url, body: JSON.parse(await readBody(req)), port: req.socket.remotePort! });
      res.end(
        JSON.stringify(req.url === "/multi-search" ? { results: [{ hits: [], indexUid: "p" }] } : { results: [{ id: "p1" }], total: 1, limit: 1, offset: 0 }),
      );
    });
    const reads = createSearchReads(host, undefined, 5000);
    const multi = await reads.multiSearch([{ indexUid: "p", q: "a" }]);
    const docs = await reads.fetchDocuments("my papers", { ids: ["p1"], fields: ["id"], limit: 1 });
    expect(multi.results).toHaveLength(1);
    expect(docs.results).toEqual([{ id: "p1" }]);
    expect(seen.map(({ url, body }) => ({ url, body }))).toEqual([
      { url: "/multi-search", body: { queries: [{ indexUid: "p", q: "a" }] } },
      { url: "/indexes/my%20papers/documents/fetch", body: { ids: ["p1"], fields: ["id"], limit: 1 } },
    ]);
    expect(new Set(seen.map((s) => s.port)).size).toBe(1); // kept alive
  });

  it("turns Meilisearch's error answer into a SearchRequestError with its message and code", async () => {
    const host = await serve((_req, res) => {
      res.statusCode = 400;
      res.end(JSON.stringify({ message: "Attribute `colour` is not filterable.", code: "invalid_search_filter" }));
    });
    const error = await createSearchReads(host, undefined, 5000)
      .search("papers", { q: "x" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SearchRequestError);
    expect(error).toMatchObject({ status: 400, code: "invalid_search_filter", message: "Attribute `colour` is not filterable." });
  });

  it("fails with a clear message when Meilisearch does not answer in time or is not there", async () => {
    const host = await serve(() => undefined); // never answers
    await expect(createSearchReads(host, undefined, 200).search("papers", { q: "x" })).rejects.toThrow(/did not answer within 200 ms/);
    await expect(createSearchReads("http://127.0.0.1:1", undefined, 2000).search("papers", { q: "x" })).rejects.toThrow(/unreachable/);
  });

  it("retries once on a kept-alive connection the server closed while idle", async () => {
    let requests = 0;
    const host = await serve(async (req, res) => {
      await readBody(req);
      requests++;
      if (requests === 2) {
        req.socket.destroy(); // the second request arrives on the reused socket: drop it like an idle timeout would
        return;
      }
      res.end(JSON.stringify({ hits: [], estimatedTotalHits: 0 }));
    });
    const { search } = createSearchReads(host, undefined, 5000);
    await search("papers", { q: "a" });
    await expect(search("papers", { q: "b" })).resolves.toMatchObject({ hits: [] });
    expect(requests).toBe(3);
  });
});
