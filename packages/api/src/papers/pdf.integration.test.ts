import { createHash, randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../lib/services.ts";
import { as, paper } from "../../test/fixtures.ts";
import { parseRange, servePaperPdf } from "./pdf.ts";

// The original-PDF route (/api/papers/<id>/pdf, apps/web delegates to servePaperPdf): whole bodies,
// byte ranges cut in SQL, ETag revalidation, and 404 for any paper without a kept PDF. The worker
// test (apps/worker/test/paper-pdf.integration.test.ts) covers how the bytes get there from an upload.

const BYTES = Buffer.concat([Buffer.from("%PDF-1.4\n"), randomBytes(2_600_000), Buffer.from("\n%%EOF\n")]);
let withPdf: string;
let withoutPdf: string;

const get = (id: string, headers: Record<string, string> = {}, method = "GET") =>
  servePaperPdf(db(), new Request(`http://test/api/papers/${id}/pdf`, { method, headers }), id);

beforeAll(async () => {
  withPdf = (await paper()).id;
  withoutPdf = (await paper()).id;
  await db().paper.update({ where: { id: withPdf }, data: { fullText: "Kept text of the PDF." } });
  await db().paperPdf.create({
    data: {
      paperId: withPdf,
      visibility: "PUBLIC",
      fullText: "Kept text of the PDF.",
      fileName: "Résumé of attention.pdf",
      size: BYTES.length,
      sha256: createHash("sha256").update(BYTES).digest("hex"),
      bytes: BYTES,
    },
  });
});

describe("GET /api/papers/<id>/pdf", () => {
  it("serves the whole PDF (streamed in chunks) with its type, length, ETag and an inline file name", async () => {
    const res = await get(withPdf);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("accept-ranges")).toBe("bytes");
    expect(res.headers.get("content-length")).toBe(String(BYTES.length));
    expect(res.headers.get("content-disposition")).toBe(`inline; filename="R_sum_ of attention.pdf"; filename*=UTF-8''R%C3%A9sum%C3%A9%20of%20attention.pdf`);
    expect(Buffer.from(await res.arrayBuffer()).equals(BYTES)).toBe(true);
  });

  it("serves byte ranges (206) and refuses unsatisfiable ones (416)", async () => {
    const res = await get(withPdf, { range: "bytes=100-4195" });
    expect(res.status).toBe(206);
    expect(res.headers.get("content-range")).toBe(`bytes 100-4195/${BYTES.length}`);
    expect(Buffer.from(await res.arrayBuffer()).equals(BYTES.subarray(100, 4196))).toBe(true);

    const across = await get(withPdf, { range: "bytes=1048000-2100000" }); // spans the 1 MB read chunks
    expect(Buffer.from(await across.arrayBuffer()).equals(BYTES.subarray(1048000, 2100001))).toBe(true);

    const tail = await get(withPdf, { range: "bytes=-7" });
    expect(Buffer.from(await tail.arrayBuffer()).toString()).toBe("\n%%EOF\n");

    const beyond = await get(withPdf, { range: `bytes=${BYTES.length}-` });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get("content-range")).toBe(`bytes */${BYTES.length}`);
  });

  it("answers 304 to a matching If-None-Match, and HEAD without a body", async () => {
    const etag = (await get(withPdf, {}, "HEAD")).headers.get("etag")!;
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    expect((await get(withPdf, { "if-none-match": etag })).status).toBe(304);
    const head = await get(withPdf, {}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe(String(BYTES.length));
    expect((await head.arrayBuffer()).byteLength).toBe(0);
  });

  it("is 404 for a paper without a PDF, an unknown paper and a malformed id", async () => {
    for (const id of [withoutPdf, "no-such-paper", "x".repeat(300)]) {
      const res = await get(id);
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ error: { code: "not_found", message: "This paper has no PDF on this server." } });
    }
  });

  it("annotations.document tells the reader which papers have a PDF", async () => {
    expect((await as(null).annotations.document({ paperId: withPdf })).pdf).toEqual({ url: `/api/papers/${withPdf}/pdf`, size: BYTES.length });
    expect((await as(null).annotations.document({ paperId: withoutPdf })).pdf).toBeNull();
  });
});

describe("parseRange", () => {
  it("reads single ranges, ignores what a server may ignore, flags what cannot be satisfied", () => {
    expect(parseRange(null, 10)).toBeNull();
    expect(parseRange("bytes=0-", 10)).toEqual({ start: 0, end: 9 });
    expect(parseRange("bytes=2-100", 10)).toEqual({ start: 2, end: 9 });
    expect(parseRange("bytes=-3", 10)).toEqual({ start: 7, end: 9 });
    expect(parseRange("bytes=0-1,4-5", 10)).toBeNull();
    expect(parseRange("items=0-1", 10)).toBeNull();
    expect(parseRange("bytes=5-2", 10)).toBe("unsatisfiable");
    expect(parseRange("bytes=-0", 10)).toBe("unsatisfiable");
  });
});
