"use client";

import { useEffect, useState } from "react";
import type { PDFDocumentProxy, PDFPageProxy } from "pdfjs-dist";
import type { TextContent, TextItem } from "pdfjs-dist/types/src/display/api";
import { loadPdfjs } from "./load-pdfjs";
import { PdfTextMap } from "./text-map";

export interface PdfPageInfo {
  proxy: PDFPageProxy;
  /** Size at scale 1 (CSS pixels). */
  width: number;
  height: number;
  /** The text content as pdf.js gives it, with only text items (the order text-map indexes). */
  text: TextContent & { items: TextItem[] };
}

export type PdfState =
  { status: "loading"; progress: number } | { status: "error"; message: string } | { status: "ready"; pages: PdfPageInfo[]; map: PdfTextMap };

const isTextItem = (item: TextContent["items"][number]): item is TextItem => "str" in item;

/**
 * Opens the PDF at `url` and reads every page's size and text content (cheap next to rendering; the
 * pages themselves are painted lazily by PdfPage), then builds the map onto `fullText`.
 */
export function usePdfDocument(url: string, fullText: string): PdfState {
  const [state, setState] = useState<PdfState>({ status: "loading", progress: 0 });

  useEffect(() => {
    let cancelled = false;
    let doc: PDFDocumentProxy | null = null;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a new URL starts over: the previous document's pages must not show while it loads
    setState({ status: "loading", progress: 0 });
    (async () => {
      const pdfjs = await loadPdfjs();
      const task = pdfjs.getDocument({ url, isEvalSupported: false, enableXfa: false });
      task.onProgress = ({ loaded, total }: { loaded: number; total: number }) => {
        if (!cancelled && total > 0) setState({ status: "loading", progress: Math.min(0.9, loaded / total) });
      };
      doc = await task.promise;
      const pages: PdfPageInfo[] = [];
      for (let n = 1; n <= doc.numPages; n++) {
        const proxy = await doc.getPage(n);
        const viewport = proxy.getViewport({ scale: 1 });
        const content = await proxy.getTextContent();
        pages.push({ proxy, width: viewport.width, height: viewport.height, text: { ...content, items: content.items.filter(isTextItem) } });
        if (cancelled) return;
      }
      const map = new PdfTextMap(
        fullText,
        pages.map((p) => p.text.items),
      );
      if (!cancelled) setState({ status: "ready", pages, map });
    })().catch((error: unknown) => {
      if (cancelled) return;
      const name = error instanceof Error ? error.name : "";
      setState({
        status: "error",
        message:
          name === "MissingPDFException" || name === "ResponseException"
            ? "The PDF could not be downloaded from this server."
            : "The PDF could not be opened in this browser.",
      });
    });
    return () => {
      cancelled = true;
      void doc?.destroy();
    };
  }, [url, fullText]);

  return state;
}
