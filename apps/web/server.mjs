// The web app's HTTP server: Next.js behind a plain node:http server, for one reason. Route handlers
// never see the TCP socket, and the X-Forwarded-For that Next fills in is kept when a client sends its
// own, so neither tells who is connecting. This server writes the socket's peer address into
// `x-commonplace-peer` on every request, replacing any value a client sent; the API reads the client
// address from it (and, with TRUST_PROXY, walks X-Forwarded-For from there: packages/api/src/security).
// Plain JavaScript so it runs with `node` in production, without a build step of its own.
import http from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { withPageCache } from "./page-cache.mjs";

const PEER_HEADER = "x-commonplace-peer";
const { values } = parseArgs({ options: { port: { type: "string" }, hostname: { type: "string" }, dev: { type: "boolean", default: false } } });
const port = Number(values.port ?? 3000);
const hostname = values.hostname ?? "0.0.0.0";
const dev = values.dev;

const app = next({ dev, dir: import.meta.dirname, hostname, port });
// Anonymous visitors' paper and profile pages are served from the public cache once rendered (page-cache.mjs).
const handle = withPageCache(app.getRequestHandler());
await app.prepare();

const server = http.createServer((req, res) => {
  // rawHeaders feed Next's Request objects too: drop any copy the client sent, then set ours.
  for (let i = req.rawHeaders.length - 2; i >= 0; i -= 2) {
    if (req.rawHeaders[i].toLowerCase() === PEER_HEADER) req.rawHeaders.splice(i, 2);
  }
  const peer = req.socket.remoteAddress ?? "";
  req.headers[PEER_HEADER] = peer;
  req.rawHeaders.push(PEER_HEADER, peer);
  void handle(req, res);
});
// Dev's hot-reload socket (and any other upgrade) goes to Next as under `next dev`.
const upgrade = app.getUpgradeHandler();
server.on("upgrade", (req, socket, head) => void upgrade(req, socket, head));
server.listen(port, hostname, () => {
  process.stdout.write(`▲ Commonplace web listening on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}\n`);
});

const stop = () => {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  // Open SSE streams would hold close() forever.
  setTimeout(() => process.exit(0), 3000).unref();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
