// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- ambient types for citation-js travel with the file that uses them
/// <reference path="../citation-js.d.ts" />
import { createHash } from "node:crypto";
import { Cite, plugins } from "@citation-js/core";
// Loads citation-js's plugins (CSL among them) the one way this package does.
import "../citation.ts";
import type { CslItem } from "../citation.ts";
import type { CitationStyle } from "./builtin-styles.ts";
import enGb from "./styles/locale-en-gb.ts";

// Formatted citations through citation-js's CSL plugin (citeproc-js): this module only registers styles
// with it and asks for text and HTML. Nothing here formats a reference by hand.

interface Registry {
  has(key: string): boolean;
  add(key: string, value: string): void;
}
const csl = plugins.config.get("@csl") as unknown as { templates: Registry; locales: Registry };
if (!csl.locales.has("en-GB")) csl.locales.add("en-GB", enGb);

/** A bibliography (the reference list) and the in-text citation of the same items, as text and HTML. */
export interface FormattedCitations {
  bibliography: { text: string; html: string };
  citation: { text: string; html: string };
}

/**
 * citeproc engines are cached per template name, so a template's name carries a hash of its XML: an edited
 * custom style never reuses the engine of its previous version.
 */
function templateName(style: CitationStyle): string {
  const name = `commonplace-${style.key}-${createHash("sha256").update(style.xml).digest("hex").slice(0, 16)}`;
  if (!csl.templates.has(name)) csl.templates.add(name, style.xml);
  return name;
}

/** The style's default-locale when citation-js has it (en-US, en-GB, de-DE, fr-FR, es-ES, nl-NL), else en-US. */
function localeOf(xml: string): string {
  const wanted = /<style\b[^>]*\bdefault-locale="([^"]+)"/.exec(xml)?.[1];
  return wanted && csl.locales.has(wanted) ? wanted : "en-US";
}

/** Plain text: one reference a line, without the trailing spaces some styles leave. */
function tidyText(text: string): string {
  return text
    .split("\n")
    .map((line) => line.trimEnd())
    .filter(Boolean)
    .join("\n");
}

/** Formats `items` (CSL-JSON, in list order: numeric styles number them in this order) in `style`. */
export function formatCitations(items: readonly CslItem[], style: CitationStyle): FormattedCitations {
  if (items.length === 0) return { bibliography: { text: "", html: "" }, citation: { text: "", html: "" } };
  const template = templateName(style);
  const lang = localeOf(style.xml);
  const cite = new Cite(items.map((item) => ({ ...item })));
  const run = (kind: "bibliography" | "citation", format: "text" | "html") => cite.format(kind, { template, lang, format });
  return {
    bibliography: { text: tidyText(run("bibliography", "text")), html: run("bibliography", "html").trim() },
    citation: { text: run("citation", "text").trim(), html: run("citation", "html").trim() },
  };
}
