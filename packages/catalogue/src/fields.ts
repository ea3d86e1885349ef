// The fields of a paper's canonical record that sources disagree about, as JSON-safe values: what a
// PaperChange's before/after and a PaperProposal's fields hold. Pure and dependency-free, shared by the
// worker (imports) and the API (accept, reject, revert, and a later
// "edit this paper's metadata", which writes the same records).

export interface FieldValues {
  title: string;
  abstract: string | null;
  authors: string[];
  /** ISO 8601. */
  publishedAt: string | null;
  year: number | null;
  categories: string[];
  journalRef: string | null;
  venue: string | null;
  fullText: string | null;
  latestVersion: number;
}

export type FieldName = keyof FieldValues;
export type PartialFields = Partial<FieldValues>;

/**
 * The paper's identifiers. Imports never propose them (they are what an import was matched by), so they
 * are not in FIELD_NAMES; a correction, its history and a merge do change them, through the same records.
 */
export interface IdentifierValues {
  doi: string | null;
  arxivId: string | null;
}
export type IdentifierName = keyof IdentifierValues;
export const IDENTIFIER_NAMES: readonly IdentifierName[] = ["doi", "arxivId"];

/** Everything a recorded change (PaperChange before/after, PaperProposal fields) may hold. */
export type RecordValues = FieldValues & IdentifierValues;
export type RecordName = keyof RecordValues;
export type PartialRecord = Partial<RecordValues>;

/** In the order an administrator reads them. */
export const FIELD_NAMES: readonly FieldName[] = [
  "title",
  "authors",
  "abstract",
  "publishedAt",
  "year",
  "categories",
  "journalRef",
  "venue",
  "latestVersion",
  "fullText",
];

/** Every name a recorded change may hold, in the order an administrator reads them. */
export const RECORD_NAMES: readonly RecordName[] = [...FIELD_NAMES.slice(0, 4), ...IDENTIFIER_NAMES, ...FIELD_NAMES.slice(4)];

/** Fields whose change changes the text annotations anchor to (see @commonplace/anchoring's annotatableSource). */
export const TEXT_FIELDS: readonly FieldName[] = ["abstract", "fullText"];

export function fieldValuesOf(p: {
  title: string;
  abstract: string | null;
  authors: readonly string[];
  publishedAt: Date | null;
  year: number | null;
  categories: readonly string[];
  journalRef: string | null;
  venue: string | null;
  fullText: string | null;
  latestVersion: number;
}): FieldValues {
  return {
    title: p.title,
    abstract: p.abstract,
    authors: [...p.authors],
    publishedAt: p.publishedAt ? p.publishedAt.toISOString() : null,
    year: p.year,
    categories: [...p.categories],
    journalRef: p.journalRef,
    venue: p.venue,
    fullText: p.fullText,
    latestVersion: p.latestVersion,
  };
}

const squash = (s: string) =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

export function isEmptyValue(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "") || (Array.isArray(v) && v.length === 0);
}

/** Equal for a reader: case, punctuation and spacing aside; lists of names or categories as sets of words in order. */
export function sameFieldValue(name: FieldName, a: unknown, b: unknown): boolean {
  if (isEmptyValue(a) || isEmptyValue(b)) return isEmptyValue(a) && isEmptyValue(b);
  if (name === "publishedAt") return String(a).slice(0, 10) === String(b).slice(0, 10);
  if (name === "categories") return [...(a as string[])].sort().join(" ") === [...(b as string[])].sort().join(" ");
  if (name === "fullText") return a === b;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => squash(String(x)) === squash(String(b[i])));
  if (typeof a === "string" && typeof b === "string") return squash(a) === squash(b);
  return a === b;
}

/**
 * Never filled in by an untrusted source, only proposed: the full text (it is what everyone reads and
 * annotates, and a PDF may merely mention the paper it was matched to) and the arXiv version.
 */
export const NEVER_FILLED: readonly FieldName[] = ["fullText", "latestVersion"];

/**
 * What an untrusted source says differently: fields where both sides have a value and they differ, and
 * the fields in NEVER_FILLED that it would set. (Other empty canonical fields are filled; see the worker's dedupe.)
 */
export function differingFields(current: FieldValues, incoming: PartialFields): PartialFields {
  const out: Record<string, unknown> = {};
  for (const name of FIELD_NAMES) {
    const v = incoming[name];
    if (isEmptyValue(v) || (isEmptyValue(current[name]) && !NEVER_FILLED.includes(name))) continue;
    if (name === "latestVersion" && (v as number) <= current.latestVersion) continue;
    if (!sameFieldValue(name, current[name], v)) out[name] = v;
  }
  return out as PartialFields;
}

/** The canonical values of the fields named in `fields` (a proposal's `current`, a change's `before`). */
export function pick<V extends FieldValues>(values: V, fields: Partial<V>): Partial<V> {
  const out: Partial<V> = {};
  for (const name of Object.keys(fields) as (keyof V)[]) out[name] = values[name];
  return out;
}

/** A stable key for "the same values proposed again" (one open proposal per paper and content). */
export function fieldsDigest(fields: PartialRecord): string {
  const text = JSON.stringify(RECORD_NAMES.filter((n) => n in fields).map((n) => [n, fields[n]]));
  let h1 = 0x811c9dc5,
    h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 16777619) >>> 0;
    h2 = Math.imul(h2 ^ c, 2246822507) >>> 0;
  }
  return `${h1.toString(16).padStart(8, "0")}${h2.toString(16).padStart(8, "0")}${text.length.toString(16)}`;
}
