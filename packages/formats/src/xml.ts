import { XMLParser, XMLValidator } from "fast-xml-parser";

// Hostile XML guard. Atom feeds never need a DTD, so any DOCTYPE/ENTITY declaration is refused
// before parsing: no entity expansion at all (billion laughs, external entities), in O(n).
// Built-in entities (&amp; &lt; …) and numeric references are still decoded.

export type XmlResult = { ok: true; doc: Record<string, unknown> } | { ok: false; error: string };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  removeNSPrefix: true, // "arxiv:doi" → "doi" whatever prefix the feed binds
  parseTagValue: false, // ids like "2401.01230" must stay strings
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: false,
  isArray: (name) => ["entry", "author", "link", "category"].includes(name),
});

export function parseXml(xml: string): XmlResult {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) return { ok: false, error: "DOCTYPE/ENTITY declarations are not allowed" };
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return { ok: false, error: `${valid.err.msg} (line ${valid.err.line})` };
  try {
    return { ok: true, doc: parser.parse(xml) as Record<string, unknown> };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** Text of an element that may be a string, a number, or an object with attributes. */
export function textOf(v: unknown): string {
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if (v && typeof v === "object" && "#text" in v) return textOf((v as Record<string, unknown>)["#text"]);
  return "";
}

export function attr(v: unknown, name: string): string {
  if (v && typeof v === "object") {
    const a = (v as Record<string, unknown>)[`@_${name}`];
    if (typeof a === "string") return a;
  }
  return "";
}

export function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
}
