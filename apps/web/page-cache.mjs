// Rendered public pages for visitors without a session (issue 17.5): a paper page or a profile rendered for
// one anonymous visitor is what every anonymous visitor gets, so its HTML is kept in the process's public
// cache (packages/api/src/public-cache) and sent again without rendering. The render is recorded there: the
// page carries the tags of every value it read (paper:<id>, user:<id>, …), so PostgreSQL's invalidations drop
// it exactly as they drop the values, and a page that read anything the cache could not keep is not kept.
//
// What is never served from here: anyone with a session cookie or an Authorization header, anything but GET, client navigations (RSC
// requests), answers other than 200 text/html, answers that set a cookie. The CSP nonce is per response:
// the kept body is cut at the nonce the render used, and each answer is joined with a fresh one (in the body
// and in the Content-Security-Policy header), so no two answers share a nonce.
// Plain JavaScript, like server.mjs: it runs with `node` in production, without a build step.
import { randomBytes } from "node:crypto";
import { gzip } from "node:zlib";
import { promisify } from "node:util";

const gzipAsync = promisify(gzip);
const PAGES = /^\/(?:papers\/[^/?#]+|u\/[^/?#]+)(?:\?|$)/;
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-|__Host-)?next-auth\.session-token/;
const CLIENT_NAVIGATION = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-action"];
const NOT_KEPT = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "set-cookie", "vary"]);
const NONCE = /'nonce-([^']+)'/;

/** The public cache the Next bundle created in this process (packages/api/src/public-cache/index.ts). */
const publicCache = () => globalThis.__commonplacePublicCache;

function cacheable(req) {
  if (req.method !== "GET" || !PAGES.test(req.url ?? "")) return false;
  if (SESSION_COOKIE.test(req.headers.cookie ?? "") || req.headers.authorization) return false;
  return !CLIENT_NAVIGATION.some((h) => req.headers[h] !== undefined);
}

/** Everything the page's HTML depends on besides the data: the address it was asked at (links are absolute). */
function keyOf(req) {
  const proto = req.headers["x-forwarded-proto"] ?? "http";
  const host = req.headers["x-forwarded-host"] ?? req.headers.host ?? "";
  return `page:${proto}://${host}${req.url}`;
}

function removeHeader(req, name) {
  delete req.headers[name];
  for (let i = req.rawHeaders.length - 2; i >= 0; i -= 2) if (req.rawHeaders[i].toLowerCase() === name) req.rawHeaders.splice(i, 2);
}

const newNonce = () => randomBytes(16).toString("base64");

async function serve(page, req, res) {
  const nonce = newNonce();
  const separator = Buffer.from(nonce);
  let body = Buffer.concat(page.parts.flatMap((part, i) => (i === 0 ? [part] : [separator, part])));
  res.statusCode = page.status;
  for (const [name, value] of page.headers) res.setHeader(name, name === "content-security-policy" ? value.replaceAll(page.nonce, nonce) : value);
  res.setHeader("vary", "rsc, next-router-state-tree, next-router-prefetch, accept-encoding");
  res.setHeader("x-commonplace-page-cache", "hit");
  if (/\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
    body = await gzipAsync(body, { level: 4 });
    res.setHeader("content-encoding", "gzip");
  }
  res.setHeader("content-length", body.length);
  res.end(body);
}

/** Captures what Next sends (uncompressed: the request's Accept-Encoding was removed), then offers it to the cache. */
function render(handle, req, res, cache, key) {
  const recording = cache.recordPage();
  const chunks = [];
  let failed = false;
  const keep = (chunk, encoding) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    if (typeof chunk === "string") chunks.push(Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8"));
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
    else failed = true;
  };
  const write = res.write;
  const end = res.end;
  res.write = function (chunk, encoding, callback) {
    keep(chunk, encoding);
    return write.call(this, chunk, encoding, callback);
  };
  res.end = function (chunk, encoding, callback) {
    keep(chunk, encoding);
    finish();
    return end.call(this, chunk, encoding, callback);
  };
  const finish = () => {
    const headers = res.getHeaders();
    const type = String(headers["content-type"] ?? "");
    const nonce = NONCE.exec(String(headers["content-security-policy"] ?? ""))?.[1];
    const ok = !failed && res.statusCode === 200 && type.startsWith("text/html") && !headers["set-cookie"] && !headers["content-encoding"] && nonce;
    if (!ok) return recording.finish(key, null);
    const html = Buffer.concat(chunks).toString("utf8");
    const kept = Object.entries(headers)
      .filter(([name, value]) => !NOT_KEPT.has(name) && value !== undefined)
      .map(([name, value]) => [name, Array.isArray(value) ? value.join(", ") : String(value)]);
    recording.finish(key, { status: 200, headers: kept, nonce, parts: html.split(nonce).map((part) => Buffer.from(part)) });
  };
  // A response that never ended (the client went away) is not kept, and the recording is released.
  res.once("close", () => recording.finish(key, null));
  removeHeader(req, "accept-encoding");
  return recording.run(() => handle(req, res));
}

/** Wraps Next's request handler with the page cache (server.mjs). */
export function withPageCache(handle) {
  return (req, res) => {
    const cache = publicCache();
    if (!cache?.active || !cacheable(req)) return handle(req, res);
    const key = keyOf(req);
    const page = cache.page(key);
    if (page) return serve(page, req, res).catch(() => res.destroy());
    return render(handle, req, res, cache, key);
  };
}
