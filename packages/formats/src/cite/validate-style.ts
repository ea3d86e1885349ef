// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- ambient types for the validator travel with the file that uses it
/// <reference path="./csl-validator-wasm.d.ts" />
import { validateStyle } from "csl-validator-wasm";
import { XMLParser } from "fast-xml-parser";
import { formatCitations } from "./format.ts";

// Is an uploaded .csl a style Commonplace can format with? The official CSL schema decides first (rnv, the
// validator the CSL project itself uses, compiled to WebAssembly); its report is the reason given back.
// A schema-valid style must then also render through citeproc-js, and must not be a dependent style
// (those only point at a parent style and hold no formatting of their own).

export type StyleCheck = { ok: true; title: string; cslId: string | null } | { ok: false; reason: string };

const NS = "http://purl.org/net/xbiblio/csl^";

/** rnv's report made readable: "line 3, column 14: element cs:frobnicate not allowed", first errors only. */
function readableReport(report: string): string {
  const errors = report
    .split(/\n(?=\/style\.csl:|error:)/)
    .filter((block) => !/^error: some documents are invalid/.test(block))
    .map((block) =>
      block
        .replace(/^\/style\.csl:(\d+):(\d+): error: /, "line $1, column $2: ")
        .replaceAll(NS, "cs:")
        .replace(/\nallowed:[\s\S]*$/, "")
        .replace(/\s*\n\s*/g, " ")
        .trim(),
    )
    .filter(Boolean);
  const shown = errors.slice(0, 3).join("; ");
  return errors.length > 3 ? `${shown}; and ${errors.length - 3} more` : shown;
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", removeNSPrefix: true });

const sample = {
  id: "check",
  type: "article-journal",
  title: "A title",
  author: [{ given: "Ada", family: "Lovelace" }],
  issued: { "date-parts": [[1843]] },
  "container-title": "A journal",
};

export async function checkCslStyle(xml: string): Promise<StyleCheck> {
  const report = (await validateStyle(xml)).trim();
  if (report) return { ok: false, reason: `Not a valid CSL 1.0 style: ${readableReport(report) || report}` };
  const info = (parser.parse(xml) as { style?: { info?: { title?: unknown; id?: unknown; link?: unknown } } }).style?.info ?? {};
  const links = ([] as unknown[]).concat(info.link ?? []) as { "@rel"?: string }[];
  if (links.some((l) => l["@rel"] === "independent-parent")) {
    return { ok: false, reason: "This is a dependent style (it only points at its parent style): upload the parent style instead." };
  }
  const title = String(info.title ?? "").trim();
  try {
    formatCitations([sample], { key: "check", title, xml });
  } catch (error) {
    return { ok: false, reason: `The style does not render: ${error instanceof Error ? error.message : String(error)}` };
  }
  return { ok: true, title, cslId: typeof info.id === "string" ? info.id : null };
}
