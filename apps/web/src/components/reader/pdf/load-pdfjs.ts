import type * as PdfJs from "pdfjs-dist";

// pdf.js is loaded only when a PDF view opens (dynamic import: it stays out of the paper page's
// first-load JavaScript), and parses PDFs in its own worker, a separate static asset.

let loading: Promise<typeof PdfJs> | null = null;

export function loadPdfjs(): Promise<typeof PdfJs> {
  loading ??= import("pdfjs-dist")
    .then((pdfjs) => {
      pdfjs.GlobalWorkerOptions.workerSrc = new URL("pdfjs-dist/build/pdf.worker.min.mjs", import.meta.url).toString();
      return pdfjs;
    })
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}
