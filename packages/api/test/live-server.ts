// A minimal API instance for multi-process tests and the live-latency bench: the real appRouter over the
// fetch adapter (the same one apps/web mounts at /api/trpc), in its own process with its own LiveBus.
// TEST-ONLY authentication: the `x-test-user` header names the caller (never ship this).
// Run: node --import tsx packages/api/test/live-server.ts  → prints "listening <port>" on stdout.
import http from "node:http";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "../src/root.ts";
import { createTRPCContext } from "../src/trpc.ts";
import { liveBus } from "../src/live/services.ts";

async function toRequest(req: http.IncomingMessage, signal: AbortSignal): Promise<Request> {
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
  const chunks: Buffer[] = [];
  if (req.method !== "GET" && req.method !== "HEAD") for await (const c of req) chunks.push(c as Buffer);
  return new Request(`http://${req.headers.host}${req.url}`, { method: req.method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined, signal });
}

const server = http.createServer(async (req, res) => {
  const controller = new AbortController();
  res.on("close", () => controller.abort());
  const url = new URL(req.url ?? "/", "http://x");
  if (url.pathname === "/listeners") {
    // How many subscribers this process has on a topic: lets a test wait until a subscription is live.
    res.end(String(liveBus().listenerCount(url.searchParams.get("topic") ?? "")));
    return;
  }
  const request = await toRequest(req, controller.signal);
  const userId = request.headers.get("x-test-user");
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    createContext: () => createTRPCContext({ headers: request.headers, session: userId ? { user: { id: userId } } : null }),
  });
  res.writeHead(response.status, Object.fromEntries(response.headers));
  if (!response.body) return void res.end();
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      res.write(value);
    }
  } catch {
    // the client went away
  }
  res.end();
});

await liveBus().ready();
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  process.stdout.write(`listening ${typeof address === "object" && address ? address.port : 0}\n`);
});
process.on("SIGTERM", () => process.exit(0));
