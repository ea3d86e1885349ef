// arXiv ids and DOIs as people paste them: bare, prefixed, as URLs, with versions and ".pdf".
// arXiv's own DOIs (10.48550/arXiv.<id>) are folded into arXiv ids so one paper has one key.

export type Identifier = { kind: "arxiv"; id: string; version?: number } | { kind: "doi"; doi: string };

// New style since 2007-04: YYMM.NNNN (until 2014) or YYMM.NNNNN; old style: archive[.SUB]/YYMMNNN.
const NEW_ID = String.raw`(\d{4}\.\d{4,5})`;
const OLD_ID = String.raw`([a-z][a-z-]*(?:\.[A-Z]{2})?/\d{7})`;
const VERSION = String.raw`(?:v(\d+))?`;
const NEW_RE = new RegExp(`^${NEW_ID}${VERSION}$`);
const OLD_RE = new RegExp(`^${OLD_ID}${VERSION}$`);
const ARXIV_URL = /^(?:https?:\/\/)?(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf|html|format)\/(.+?)(?:\.pdf)?\/?(?:[?#].*)?$/i;
const ARXIV_DOI = /^10\.48550\/arxiv\.(.+)$/i;
const DOI_RE = /^10\.\d{4,9}\/\S+$/;
const DOI_URL = /^(?:https?:\/\/)?(?:dx\.)?doi\.org\/(.+)$/i;

export function parseArxivId(input: string): { id: string; version?: number } | null {
  const s = input.trim();
  const m = NEW_RE.exec(s) ?? OLD_RE.exec(s);
  if (!m?.[1]) return null;
  if (NEW_RE.test(s)) {
    const month = Number(s.slice(2, 4));
    if (month < 1 || month > 12) return null;
  }
  const version = m[2] ? Number(m[2]) : undefined;
  if (version === 0) return null;
  return version ? { id: m[1], version } : { id: m[1] };
}

/** Lower-cased DOI without resolver prefix or trailing punctuation, or null when not a DOI. */
export function normalizeDoi(input: string): string | null {
  let s = input.trim().replace(/^doi:\s*/i, "");
  const url = DOI_URL.exec(s);
  if (url?.[1]) s = safeDecode(url[1]);
  s = s.replace(/[.,;:)\]}>'"]+$/, "");
  return DOI_RE.test(s) ? s.toLowerCase() : null;
}

export function parseIdentifier(input: string): Identifier | null {
  let s = input.trim().replace(/^[<("'[]+|[>)"'\]]+$/g, "");
  if (!s) return null;
  s = s.replace(/^arxiv:\s*/i, "");
  const url = ARXIV_URL.exec(s);
  if (url?.[1]) s = url[1];
  const arxiv = parseArxivId(s) ?? parseArxivId(s.replace(/\.$/, ""));
  if (arxiv) return { kind: "arxiv", ...arxiv };
  const doi = normalizeDoi(s);
  if (!doi) return null;
  const fromDoi = ARXIV_DOI.exec(doi);
  if (fromDoi?.[1]) {
    // DOIs are lower-cased, but old-style subject classes are upper case: "math.gt/0309136".
    const id = fromDoi[1].replace(/^([a-z-]+)\.([a-z]{2})\//, (_m, a: string, b: string) => `${a}.${b.toUpperCase()}/`);
    const a = parseArxivId(id);
    if (a) return { kind: "arxiv", ...a };
  }
  return { kind: "doi", doi };
}

/** Splits a pasted blob (newlines, commas, semicolons, spaces) into unique candidate strings. */
export function splitIdentifiers(text: string): string[] {
  const joined = text.replace(/\b(arxiv|doi):\s+/gi, "$1:");
  const seen = new Set<string>();
  for (const raw of joined.split(/[\s,;]+/)) {
    const t = raw.replace(/^[<("'[]+|[>)"'\].]+$/g, "");
    if (t) seen.add(t);
  }
  return [...seen];
}

/** arXiv id found anywhere in free text ("arXiv preprint arXiv:1706.03762", an abs URL). */
export function findArxivIdInText(text: string): { id: string; version?: number } | null {
  const m =
    /arxiv\.org\/(?:abs|pdf)\/([^\s?#]+?)(?:\.pdf)?(?=[\s?#]|$)/i.exec(text) ??
    /arxiv:\s*([a-z][a-z-]*(?:\.[A-Z]{2})?\/\d{7}(?:v\d+)?|\d{4}\.\d{4,5}(?:v\d+)?)/i.exec(text) ??
    /10\.48550\/arxiv\.(\S+)/i.exec(text);
  return m?.[1] ? parseArxivId(m[1].replace(/[.,;)]+$/, "")) : null;
}

export function arxivAbsUrl(id: string): string {
  return `https://arxiv.org/abs/${id}`;
}

export function arxivPdfUrl(id: string, version?: number): string {
  return `https://arxiv.org/pdf/${id}${version ? `v${version}` : ""}`;
}

export function doiUrl(doi: string): string {
  return `https://doi.org/${doi}`;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
