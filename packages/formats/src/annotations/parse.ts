// W3C Web Annotation JSON-LD import. Accepts one Annotation, an array of them, an AnnotationPage
// (`items`) or an AnnotationCollection (`first.items`, embedded). Each annotation is validated on its
// own, so one bad item costs only itself. Never throws.
import { z } from "zod";
import { styleClassToColor } from "./export.ts";
import type { ParsedW3CAnnotation, W3CParseOutcome, W3CSelector } from "./types.ts";

const MAX_INPUT = 20 * 1024 * 1024;
const MAX_ITEMS = 10_000;
const MAX_BODY = 100_000;
const MAX_QUOTE = 100_000;

const oneOrMany = <T extends z.ZodType>(schema: T) => z.union([schema, z.array(schema)]);
const typeIs = (name: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .refine((t) => (Array.isArray(t) ? t : [t]).some((x) => x === name || x === `oa:${name}`), `type must be "${name}"`);

const quoteSelector = z.object({
  type: z.literal("TextQuoteSelector"),
  exact: z.string().min(1, "TextQuoteSelector.exact is empty").max(MAX_QUOTE),
  prefix: z.string().max(10_000).optional(),
  suffix: z.string().max(10_000).optional(),
});
const positionSelector = z
  .object({
    type: z.literal("TextPositionSelector"),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.start <= s.end, "TextPositionSelector.start is after its end");
// Other selector types (RangeSelector, XPathSelector, FragmentSelector, …) are allowed and dropped.
const otherSelector = z.object({ type: z.string() }).loose();
const selector = z.union([quoteSelector, positionSelector, otherSelector]);

const specificResource = z
  .object({
    source: z.string().optional(),
    id: z.string().optional(),
    selector: oneOrMany(selector).optional(),
    styleClass: z.string().optional(),
  })
  .loose();
const target = z.union([z.string().min(1), specificResource]);

const textualBody = z
  .object({
    type: z.union([z.string(), z.array(z.string())]).optional(),
    value: z.string().max(MAX_BODY).optional(),
    format: z.string().optional(),
    purpose: z.string().optional(),
  })
  .loose();
const body = z.union([z.string(), textualBody]);

const dateString = z
  .string()
  .refine((s) => !Number.isNaN(Date.parse(s)), "not a date")
  .transform((s) => new Date(s).toISOString());

const annotation = z
  .object({
    id: z.string().optional(),
    type: typeIs("Annotation"),
    motivation: oneOrMany(z.string()).optional(),
    body: oneOrMany(body).optional(),
    bodyValue: z.string().max(MAX_BODY).optional(),
    target: oneOrMany(target).refine((t) => !Array.isArray(t) || t.length > 0, "target is empty"),
    created: dateString.optional(),
    modified: dateString.optional(),
    creator: z.union([z.string(), z.object({ name: z.string().optional(), nickname: z.string().optional() }).loose(), z.array(z.unknown())]).optional(),
    color: z.string().optional(),
    "as:deleted": dateString.optional(),
  })
  .loose();

type RawAnnotation = z.infer<typeof annotation>;

function stripHtml(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/p>/gi, "\n\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .trim();
}

/** The comment (bodies joined) and the tags (bodies with purpose "tagging"), kept apart. */
function bodyText(a: RawAnnotation): { text: string; tags: string[] } {
  if (a.bodyValue !== undefined) return { text: a.bodyValue, tags: [] };
  const bodies = a.body === undefined ? [] : Array.isArray(a.body) ? a.body : [a.body];
  const parts: string[] = [];
  const tags: string[] = [];
  for (const b of bodies) {
    if (typeof b === "string") {
      parts.push(b); // an IRI: keep it visible as a link
      continue;
    }
    if (b.value === undefined) continue;
    if (b.purpose === "tagging") tags.push(b.value);
    else parts.push(b.format === "text/html" ? stripHtml(b.value) : b.value);
  }
  return { text: parts.join("\n\n"), tags };
}

function toParsed(a: RawAnnotation): ParsedW3CAnnotation {
  const t = Array.isArray(a.target) ? a.target[0] : a.target;
  const selectors: W3CSelector[] = [];
  let source: string | undefined;
  let color: string | undefined = a.color;
  if (typeof t === "string") {
    source = t;
  } else if (t) {
    source = t.source ?? t.id;
    const list = t.selector === undefined ? [] : Array.isArray(t.selector) ? t.selector : [t.selector];
    for (const s of list) {
      const q = quoteSelector.safeParse(s);
      if (q.success) {
        if (!selectors.some((x) => x.type === q.data.type)) selectors.push(q.data);
        continue;
      }
      const p = positionSelector.safeParse(s);
      if (p.success && !selectors.some((x) => x.type === p.data.type)) selectors.push(p.data);
    }
    if (t.styleClass) color = styleClassToColor(t.styleClass) ?? color;
  }
  const { text, tags } = bodyText(a);
  const motivations = a.motivation === undefined ? [] : Array.isArray(a.motivation) ? a.motivation : [a.motivation];
  const motivation = (motivations[0] ?? (text ? "commenting" : "highlighting")).replace(/^oa:/, "");
  const creator = a.creator && !Array.isArray(a.creator) && typeof a.creator === "object" ? a.creator : undefined;
  return {
    ...(a.id !== undefined ? { id: a.id } : {}),
    target: { ...(source !== undefined ? { source } : {}), selector: selectors },
    body: text,
    motivation,
    ...(color !== undefined ? { color } : {}),
    ...(a.created !== undefined ? { created: a.created } : {}),
    ...(a.modified !== undefined ? { modified: a.modified } : {}),
    ...(creator ? { creator: { ...(creator.name ? { name: creator.name } : {}), ...(creator.nickname ? { nickname: creator.nickname } : {}) } } : {}),
    tags,
    ...(a["as:deleted"] !== undefined ? { deleted: a["as:deleted"] } : {}),
  };
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message))
    .join("; ");
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function hasType(x: Record<string, unknown>, name: string): boolean {
  const t = x.type;
  return (Array.isArray(t) ? t : [t]).some((v) => v === name || v === `oa:${name}`);
}

/** Unwraps arrays, pages and collections into the list of candidate annotations. */
function items(root: unknown): { items: unknown[] } | { error: string } {
  if (Array.isArray(root)) return { items: root };
  if (!isObject(root)) return { error: "expected a JSON object or array of annotations" };
  if (hasType(root, "AnnotationCollection")) {
    const first = root.first;
    if (typeof first === "string") {
      return { error: "the collection's first page is only linked (" + first.slice(0, 200) + "), not embedded" };
    }
    if (isObject(first) && Array.isArray(first.items)) return { items: first.items };
    if (root.total === 0) return { items: [] };
    return { error: "AnnotationCollection has no embedded first.items" };
  }
  if (hasType(root, "AnnotationPage")) {
    return Array.isArray(root.items) ? { items: root.items } : { error: "AnnotationPage has no items array" };
  }
  return { items: [root] };
}

function refFor(item: unknown, index: number): string {
  const id = isObject(item) && typeof item.id === "string" ? ` (${item.id.slice(0, 200)})` : "";
  return `annotation ${index + 1}${id}`;
}

/** Parses W3C Web Annotation JSON-LD text into one outcome per annotation found. Never throws. */
export function parseW3CAnnotations(json: string): W3CParseOutcome[] {
  try {
    if (typeof json !== "string") return [{ ok: false, error: "input is not text", ref: "input" }];
    if (json.length > MAX_INPUT) return [{ ok: false, error: `input is larger than ${MAX_INPUT} characters`, ref: "input" }];
    let root: unknown;
    try {
      root = JSON.parse(json);
    } catch (e) {
      return [{ ok: false, error: `not valid JSON: ${(e as Error).message}`, ref: "input" }];
    }
    const found = items(root);
    if ("error" in found) return [{ ok: false, error: found.error, ref: "input" }];
    if (found.items.length > MAX_ITEMS) {
      return [{ ok: false, error: `more than ${MAX_ITEMS} annotations in one import`, ref: "input" }];
    }
    return found.items.map((item, index): W3CParseOutcome => {
      const ref = refFor(item, index);
      try {
        const parsed = annotation.safeParse(item);
        if (!parsed.success) return { ok: false, error: describeIssues(parsed.error), ref };
        return { ok: true, annotation: toParsed(parsed.data), ref };
      } catch (e) {
        return { ok: false, error: `could not read this annotation: ${(e as Error).message}`, ref };
      }
    });
  } catch (e) {
    return [{ ok: false, error: `could not read the input: ${(e as Error)?.message ?? String(e)}`, ref: "input" }];
  }
}
