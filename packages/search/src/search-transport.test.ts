import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createSearchTransport, SearchRequestError } from "./search-transport.ts";

// A local HTTP server standing in for Meilisearch's search route (the real one is exercised by the
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

describe("search transport", () => {
  it("POSTs the request as JSON to the index's search route with the key, and returns the answer", async () => {
    const seen: { url?: string; auth?: string; body?: unknown }[] = [];
    const host = await serve(async (req, res) => {
      seen.push({ url: req.url, auth: req.headers.authorization, body: JSON.parse(await readBody(req)) });
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ hits: [{ id: "p1" }], estimatedTotalHits: 1 }));
    });
    const search = createSearchTransport(host, "secret-key", 5000);
    const answer = await search("test_papers", { q: "graph", limit: 3 });
    expect(answer.hits).toEqual([{ id: "p1" }]);
    expect(seen).toEqual([{ url: "/indexes/test_papers/search", auth: "Bearer secret-key", body: { q: "graph", limit: 3 } }]);
  });

  it("turns Meilisearch's error answer into a SearchRequestError with its message and code", async () => {
    const host = await serve((_req, res) => {
      res.statusCode = 400;
      res.end(JSON.stringify({ message: "Attribute `colour` is not filterable.", code: "invalid_search_filter" }));
    });
    const error = await createSearchTransport(host, undefined, 5000)("papers", { q: "x" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SearchRequestError);
    expect(error).toMatchObject({ status: 400, code: "invalid_search_filter", message: "Attribute `colour` is not filterable." });
  });

  it("fails with a clear message when Meilisearch does not answer in time or is not there", async () => {
    const host = await serve(() => undefined); // never answers
    await expect(createSearchTransport(host, undefined, 200)("papers", { q: "x" })).rejects.toThrow(/did not answer within 200 ms/);
    await expect(createSearchTransport("http://127.0.0.1:1", undefined, 2000)("papers", { q: "x" })).rejects.toThrow(/unreachable/);
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
    const search = createSearchTransport(host, undefined, 5000);
    await search("papers", { q: "a" });
    await expect(search("papers", { q: "b" })).resolves.toMatchObject({ hits: [] });
    expect(requests).toBe(3);
  });
});
