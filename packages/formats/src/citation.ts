// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- ambient types for citation-js must travel with this file to every consumer
/// <reference path="./citation-js.d.ts" />
// The single place that loads citation-js. plugin-doi is deliberately NOT loaded: it makes
// citation-js resolve DOI-looking input over the network (synchronously); this package stays
// pure, and DOI lookups go through resolveIdentifier with an injected fetch instead.
import { Cite, plugins } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import "@citation-js/plugin-csl";

export type CslItem = Record<string, unknown>;

/** Runs the citation-js input chain with a forced type, so nothing is guessed or fetched. */
export function chain(input: unknown, forceType: string, target?: string): unknown {
  return plugins.input.chain(input, { generateGraph: false, forceType, ...(target ? { target } : {}) });
}

/** One step of the input chain: what the parser of `forceType` returns, not yet mapped to CSL. */
export function chainLink(input: unknown, forceType: string): unknown {
  return plugins.input.chainLink(input, { generateGraph: false, forceType });
}

export function formatCsl(items: CslItem[], format: "bibtex" | "ris" | "data"): string {
  return new Cite(items).format(format, format === "data" ? { format: "text" } : {});
}

/** A raw BibTeX entry as citation-js tokenizes it (fields are LaTeX strings, lower-case names). */
export interface BibEntry {
  type: string;
  label: string;
  properties: Record<string, string>;
}
