// Builds small, valid PDFs by hand so the PDF tests need no binary fixtures and no extra
// dependency: one Helvetica font, text lines at chosen sizes/positions, optional Info dict and
// an optional (unsatisfiable) /Encrypt entry to exercise the password path.
export interface PdfLine {
  text: string;
  size: number;
  y: number; // PDF user space, origin bottom-left; the page is 612 x 792
  x?: number;
}

export interface MakePdfOptions {
  pages: PdfLine[][];
  info?: { Title?: string; Author?: string };
  encrypted?: boolean;
}

function pdfString(s: string): string {
  return `(${s.replace(/\\/g, "\\\\").replace(/\(/g, "\\(").replace(/\)/g, "\\)")})`;
}

export function makePdf(opts: MakePdfOptions): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add(""); // patched once the pages tree number is known
  const pagesObj = add("");
  const font = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  const kids: number[] = [];
  for (const lines of opts.pages) {
    const ops = lines.map((l) => `BT /F1 ${l.size} Tf ${l.x ?? 72} ${l.y} Td ${pdfString(l.text)} Tj ET`).join("\n");
    const content = add(`<< /Length ${Buffer.byteLength(ops, "latin1")} >>\nstream\n${ops}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`;
  let info: number | undefined;
  if (opts.info) {
    const entries = Object.entries(opts.info).map(([k, v]) => `/${k} ${pdfString(v)}`);
    info = add(`<< ${entries.join(" ")} >>`);
  }
  let encrypt: number | undefined;
  if (opts.encrypted) {
    const pad = "<" + "00".repeat(32) + ">";
    encrypt = add(`<< /Filter /Standard /V 1 /R 2 /O ${pad} /U ${pad} /P -4 >>`);
  }

  let out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xrefAt = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, "0")} 00000 n \n`;
  const trailer = [`/Size ${objects.length + 1}`, `/Root ${catalog} 0 R`];
  if (info) trailer.push(`/Info ${info} 0 R`);
  if (encrypt) trailer.push(`/Encrypt ${encrypt} 0 R`, "/ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]");
  out += `trailer\n<< ${trailer.join(" ")} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, "latin1"));
}

/** A typical paper first page: big title, authors, "Abstract" heading, abstract, next heading. */
export function samplePaperPdf(withInfo = false): Uint8Array {
  return makePdf({
    info: withInfo ? { Title: "Attention Is All You Need", Author: "Ashish Vaswani; Noam Shazeer" } : undefined,
    pages: [
      [
        { text: "arXiv:1706.03762v7 [cs.CL] 2 Aug 2023", size: 8, y: 770 },
        { text: "Attention Is All You Need", size: 20, y: 700 },
        { text: "Ashish Vaswani, Noam Shazeer, Niki Parmar", size: 11, y: 670 },
        { text: "Google Brain", size: 10, y: 655 },
        { text: "Abstract", size: 12, y: 610 },
        { text: "The dominant sequence transduction models are based on complex recurrent", size: 10, y: 590 },
        { text: "or convolutional neural networks that include an encoder and a decoder.", size: 10, y: 578 },
        { text: "1 Introduction", size: 12, y: 540 },
        { text: "Recurrent neural networks have been firmly established.", size: 10, y: 520 },
      ],
      [
        { text: "2 Background", size: 12, y: 700 },
        { text: "The goal of reducing sequential computation.", size: 10, y: 680 },
      ],
    ],
  });
}
