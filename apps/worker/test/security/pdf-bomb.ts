import { deflateSync } from "node:zlib";

/**
 * A small PDF whose one page's content stream inflates to `inflatedMb` megabytes of text-showing
 * operators: a few KB on disk, hundreds of MB and many seconds inside pdf.js. Built byte by byte with
 * correct xref offsets so pdf.js reads it as a valid document.
 */
export function pdfBomb(inflatedMb = 40): Uint8Array {
  const op = "BT /F1 1 Tf 10 10 Td (bomb bomb bomb bomb) Tj ET\n";
  const stream = deflateSync(Buffer.from(op.repeat(Math.ceil((inflatedMb * 1024 * 1024) / op.length)), "latin1"), { level: 9 });
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (chunk: Buffer | string) => {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk, "latin1") : chunk;
    parts.push(buffer);
    length += buffer.length;
  };
  const object = (n: number, body: () => void) => {
    offsets[n] = length;
    push(`${n} 0 obj\n`);
    body();
    push("\nendobj\n");
  };
  push("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n");
  object(1, () => push("<< /Type /Catalog /Pages 2 0 R >>"));
  object(2, () => push("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"));
  object(3, () => push("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"));
  object(4, () => push("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"));
  object(5, () => {
    push(`<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`);
    push(stream);
    push("\nendstream");
  });
  const xref = length;
  push(`xref\n0 6\n0000000000 65535 f \n${[1, 2, 3, 4, 5].map((n) => `${String(offsets[n]).padStart(10, "0")} 00000 n \n`).join("")}`);
  push(`trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return new Uint8Array(Buffer.concat(parts));
}
