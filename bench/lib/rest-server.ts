// A minimal production-like host for REST v1: node:http → Fetch Request → the same handler the
// Next.js route uses (withRequestLogging(handleRestRequest)), in its own process so the load
// generator does not share its event loop. Configuration from the environment, like the web app.
// Tells the parent its port over IPC once listening; exits when the parent disconnects.
import http from "node:http";
import { handleRestRequest, withRequestLogging } from "@commonplace/api/server";

const handler = withRequestLogging((request: Request) => handleRestRequest(request));

const server = http.createServer(async (req, res) => {
  try {
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
    // As apps/web/server.mjs does: the socket's address is the client's (per-address limits need it).
    if (process.env.BENCH_SOCKET_ADDRESS === "1") headers.set("x-commonplace-peer", req.socket.remoteAddress ?? "");
    const body = req.method === "GET" || req.method === "HEAD" ? undefined : await new Response(req as unknown as ReadableStream).arrayBuffer();
    const response = await handler(new Request(`http://${req.headers.host ?? "127.0.0.1"}${req.url ?? "/"}`, { method: req.method, headers, body }));
    const bytes = Buffer.from(await response.arrayBuffer());
    const out: Record<string, string> = { "content-length": String(bytes.length) };
    response.headers.forEach((v, k) => (out[k] = v));
    res.writeHead(response.status, out);
    res.end(bytes);
  } catch (error) {
    res.writeHead(500, { "content-type": "text/plain" });
    res.end(String(error));
  }
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  process.send?.({ port: typeof address === "object" && address ? address.port : 0 });
});
process.on("disconnect", () => server.close(() => process.exit(0)));
