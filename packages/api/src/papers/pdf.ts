import { z } from "zod";
import type { Db } from "@commonplace/db";
import { visiblePdf, type VisiblePdf } from "./pdf-access.ts";
import { fail } from "../errors/http.ts";

// An uploaded PDF of a paper (PaperPdf, kept by the worker), over HTTP: GET/HEAD with ETag and single
// byte ranges, which pdf.js uses to show the first page before the rest has arrived. Which PDF, if any, a
// viewer gets is decided by pdf-access.ts (a PDF belongs to its uploader; someone else's private one is
// never served); a paper without a PDF this viewer may see answers 404 exactly like an unknown one. Bytes are cut in SQL (substring on bytes stored
// uncompressed) and streamed in 1 MB chunks, so a 50 MB PDF is never held whole in memory.

type PdfDb = Pick<Db, "$queryRaw">;

const paperId = z.string().trim().min(1).max(64);

/** The PDF of a paper that this viewer may see (pdf-access.ts), or null. */
export async function paperPdfInfo(db: PdfDb, id: string, viewerId: string | null): Promise<VisiblePdf | null> {
  if (!paperId.safeParse(id).success) return null;
  return visiblePdf(db, id, viewerId);
}

/** Where the reader fetches a paper's PDF. */
export const paperPdfUrl = (id: string) => `/api/papers/${encodeURIComponent(id)}/pdf`;

export type ByteRange = { start: number; end: number }; // inclusive, as in Content-Range

/**
 * A `Range` header against a body of `size` bytes: null to send it whole (no header, several ranges or
 * another unit, which RFC 9110 lets a server ignore), "unsatisfiable" for 416, else one inclusive range.
 */
export function parseRange(header: string | null, size: number): ByteRange | null | "unsatisfiable" {
  if (!header) return null;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === "" && m[2] === "")) return null;
  if (m[1] === "") {
    const suffix = Number(m[2]);
    if (suffix === 0 || size === 0) return "unsatisfiable";
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === "" ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (start >= size || end < start) return "unsatisfiable";
  return { start, end };
}

async function readBytes(db: PdfDb, pdfId: string, range: ByteRange): Promise<Uint8Array> {
  const rows = await db.$queryRaw<{ chunk: Uint8Array }[]>`
    SELECT substring(bytes FROM ${range.start + 1}::int FOR ${range.end - range.start + 1}::int) AS chunk FROM "PaperPdf" WHERE id = ${pdfId}`;
  return rows[0]?.chunk ?? new Uint8Array();
}

function downloadName(fileName: string): string {
  const base = fileName.replace(/[\\/]/g, "_").trim() || "paper.pdf";
  return /\.pdf$/i.test(base) ? base : `${base}.pdf`;
}

function contentDisposition(fileName: string): string {
  const name = downloadName(fileName);
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

const notFound = () => fail("not_found", "This paper has no PDF on this server.");

export async function servePaperPdf(db: PdfDb, request: Request, id: string, viewerId: string | null = null): Promise<Response> {
  const info = await paperPdfInfo(db, id, viewerId);
  if (!info) return notFound();
  const etag = `"${info.sha256}"`;
  const headers = new Headers({
    "content-type": "application/pdf",
    "accept-ranges": "bytes",
    etag,
    "last-modified": info.updatedAt.toUTCString(),
    // The PDF of a paper can be replaced by a re-import: revalidate (cheap, 304) rather than cache blindly.
    // Only a PDF everyone may see is cacheable by shared caches.
    "cache-control": info.public ? "public, no-cache" : "private, no-cache",
    vary: "Cookie",
    "content-disposition": contentDisposition(info.fileName),
    "x-content-type-options": "nosniff",
  });
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });

  const ifRange = request.headers.get("if-range");
  const range = ifRange && ifRange !== etag ? null : parseRange(request.headers.get("range"), info.size);
  if (range === "unsatisfiable") {
    headers.set("content-range", `bytes */${info.size}`);
    return new Response(null, { status: 416, headers });
  }
  const wanted = range ?? { start: 0, end: info.size - 1 };
  headers.set("content-length", String(wanted.end - wanted.start + 1));
  if (range) headers.set("content-range", `bytes ${range.start}-${range.end}/${info.size}`);
  const status = range ? 206 : 200;
  if (request.method === "HEAD" || info.size === 0) return new Response(null, { status, headers });
  return new Response(streamBytes(db, info.id, wanted), { status, headers });
}

const CHUNK = 1024 * 1024;

/** The bytes of a range, read 1 MB at a time as the client consumes them: memory stays flat, and a client
 *  that stops early (pdf.js drops its first full request once it knows ranges work) costs no more reads. */
function streamBytes(db: PdfDb, pdfId: string, range: ByteRange): ReadableStream<Uint8Array> {
  let next = range.start;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const end = Math.min(range.end, next + CHUNK - 1);
      const chunk = await readBytes(db, pdfId, { start: next, end });
      if (chunk.byteLength === 0) return controller.close();
      controller.enqueue(new Uint8Array(chunk));
      next = end + 1;
      if (next > range.end) controller.close();
    },
  });
}
