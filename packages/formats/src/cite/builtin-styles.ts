import acm from "./styles/acm.ts";
import apa from "./styles/apa.ts";
import chicago from "./styles/chicago.ts";
import harvard from "./styles/harvard.ts";
import ieee from "./styles/ieee.ts";
import mla from "./styles/mla.ts";
import nature from "./styles/nature.ts";
import vancouver from "./styles/vancouver.ts";

/** A CSL style ready to format with: `key` names it in URLs (`?style=apa`), `xml` is the .csl file. */
export interface CitationStyle {
  key: string;
  title: string;
  xml: string;
}

/** The styles every install ships (official CSL files, CC BY-SA 3.0: styles/LICENSE.md), in picker order. */
export const BUILTIN_STYLES: readonly CitationStyle[] = [
  { key: "apa", title: "APA (7th edition)", xml: apa },
  { key: "chicago", title: "Chicago (author-date)", xml: chicago },
  { key: "ieee", title: "IEEE", xml: ieee },
  { key: "harvard", title: "Harvard (Cite Them Right)", xml: harvard },
  { key: "nature", title: "Nature", xml: nature },
  { key: "acm", title: "ACM", xml: acm },
  { key: "vancouver", title: "Vancouver", xml: vancouver },
  { key: "mla", title: "MLA (9th edition)", xml: mla },
];

export const DEFAULT_STYLE_KEY = "apa";

export function builtinStyle(key: string): CitationStyle | undefined {
  return BUILTIN_STYLES.find((s) => s.key === key);
}
