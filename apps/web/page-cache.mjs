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
import bots from "next/dist/shared/lib/router/utils/is-bot.js";

const gzipAsync = promisify(gzip);
const PAGES = /^\/(?:papers|u)\/[^/?#.][^/?#]*(?:\?|$)/;
// The query parameters these pages read (?list= for the way back, ?annotation= for a shared annotation's
// preview); any other makes the request uncacheable, so junk query strings cannot push real pages out.
const QUERY_KEYS = new Set(["list", "annotation"]);
const RECORDING_DEADLINE_MS = 30_000;
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-|__Host-)?next-auth\.session-token/;
const CLIENT_NAVIGATION = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-action"];
const NOT_KEPT = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "set-cookie", "vary", "etag"]);
const NONCE = /'nonce-([^']+)'/;

/** The public cache the Next bundle created in this process (packages/api/src/public-cache/index.ts). */
const publicCache = () => globalThis.__commonplacePublicCache;

function cacheable(req) {
  const url = req.url ?? "";
  if (req.method !== "GET" || !PAGES.test(url)) return false;
  if (SESSION_COOKIE.test(req.headers.cookie ?? "") || req.headers.authorization) return false;
  if (CLIENT_NAVIGATION.some((h) => req.headers[h] !== undefined)) return false;
  const query = url.indexOf("?");
  return query < 0 || [...new URLSearchParams(url.slice(query + 1)).keys()].every((k) => QUERY_KEYS.has(k));
}

/**
 * Everything the page's HTML depends on besides the data. The address it was asked at, raw: links are absolute
 * and built from Host (X-Forwarded-Host/-Proto behind a trusted proxy), so every one of those headers is part of
 * the key as sent, and a request with a forged one can only ever be answered its own page. And whether the
 * client is a bot Next serves blocking metadata to (link previews), which changes the HTML.
 */
function keyOf(req) {
  const h = req.headers;
  const bot = bots.getBotType(String(h["user-agent"] ?? "")) ?? "-";
  return `page:${JSON.stringify([h.host ?? "", h["x-forwarded-host"] ?? "", h["x-forwarded-proto"] ?? "", bot])}${req.url}`;
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
  for (const [name, value] of page.headers) res.setHeader(name, value.replaceAll(page.nonce, nonce));
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
    try {
      keep(chunk, encoding);
      finish();
    } catch {
      recording.finish(key, null); // keeping a page must never stop the answer
    }
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
  // A response that never ended (the client went away, or it is still streaming after the deadline) is not
  // kept, and the recording is released: while it runs it collects every invalidation.
  const deadline = setTimeout(() => recording.finish(key, null), RECORDING_DEADLINE_MS).unref();
  res.once("close", () => {
    clearTimeout(deadline);
    recording.finish(key, null);
  });
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
