import { firstAuthorLastName, type PaperLink } from "@commonplace/formats";
import { linkDecision } from "./link.ts";
import { canonicalKeyOf } from "./normalize.ts";
import type { Decision, ExistingPaper, MatchKind, NormalizedPaper, VersionRow } from "./types.ts";

// Stage 4: is this item a paper we already have, and what changes if so? Pure: persist loads the
// candidates (papers sharing any key with the batch) and applies the decisions.
//
// Match order: unversioned arXiv id → DOI (case-insensitive; arXiv DOIs were folded into ids by
// normalize) → normalized title + first author's last name + year within one. (An equal content-hash
// key implies an equal normalized title and author list, so the title rule covers it.) Unknown author or year on either side does not veto a title match (a digest entry has
// neither), but a different arXiv id or DOI always does.

export class CandidateIndex {
  private readonly byId = new Map<string, ExistingPaper>();
  private readonly byArxiv = new Map<string, string>();
  private readonly byDoi = new Map<string, string>();
  private readonly byCanonical = new Map<string, string>();
  private readonly byTitle = new Map<string, Set<string>>();
  /** Canonical keys of papers merged into another (PaperRedirect.fromKey) → the paper kept. */
  private readonly mergedKeys = new Map<string, string>();

  constructor(papers: Iterable<ExistingPaper> = []) {
    for (const p of papers) this.put(p);
  }

  /** Adds or replaces a paper (by id), keeping every key map consistent. */
  put(p: ExistingPaper): void {
    const old = this.byId.get(p.id);
    if (old) {
      if (old.arxivId) this.byArxiv.delete(old.arxivId);
      if (old.doi) this.byDoi.delete(old.doi);
      this.byCanonical.delete(old.canonicalKey);
      this.byTitle.get(old.normTitle)?.delete(old.id);
    }
    this.byId.set(p.id, p);
    if (p.arxivId) this.byArxiv.set(p.arxivId, p.id);
    if (p.doi) this.byDoi.set(p.doi, p.id);
    this.byCanonical.set(p.canonicalKey, p.id);
    let titled = this.byTitle.get(p.normTitle);
    if (!titled) this.byTitle.set(p.normTitle, (titled = new Set()));
    titled.add(p.id);
  }

  arxiv(id: string) {
    return this.lookup(this.byArxiv.get(id));
  }
  doi(doi: string) {
    return this.lookup(this.byDoi.get(doi));
  }
  canonical(key: string) {
    return this.lookup(this.byCanonical.get(key));
  }
  /** Records that `key` belonged to a paper merged into `survivor` (which must be put as well). */
  merged(key: string, survivorId: string): void {
    this.mergedKeys.set(key, survivorId);
  }
  mergedInto(key: string) {
    return this.lookup(this.mergedKeys.get(key));
  }
  title(normTitle: string): ExistingPaper[] {
    return [...(this.byTitle.get(normTitle) ?? [])].map((id) => this.byId.get(id)).filter((p): p is ExistingPaper => !!p);
  }
  private lookup(id: string | undefined) {
    return id === undefined ? undefined : this.byId.get(id);
  }
}

/** Different arXiv ids or different DOIs mean different papers, whatever else agrees. */
export function compatibleIds(p: Pick<ExistingPaper, "arxivId" | "doi">, item: Pick<NormalizedPaper, "arxivId" | "doi">): boolean {
  if (p.arxivId && item.arxivId && p.arxivId !== item.arxivId) return false;
  if (p.doi && item.doi && p.doi !== item.doi) return false;
  return true;
}

/** Title rule: same normalized title (checked by the caller), compatible ids, last name and year. */
export function titleMatches(
  p: Pick<ExistingPaper, "arxivId" | "doi" | "year"> & { firstAuthorLast: string },
  item: Pick<NormalizedPaper, "arxivId" | "doi" | "year" | "firstAuthorLast">,
): boolean {
  if (!compatibleIds(p, item)) return false;
  if (p.firstAuthorLast && item.firstAuthorLast && p.firstAuthorLast !== item.firstAuthorLast) return false;
  if (p.year !== null && item.year !== null && Math.abs(p.year - item.year) > 1) return false;
  return true;
}

export function findMatch(index: CandidateIndex, item: NormalizedPaper): { paper: ExistingPaper; by: MatchKind } | null {
  if (item.arxivId) {
    const p = index.arxiv(item.arxivId);
    if (p) return { paper: p, by: "arxiv" };
  }
  if (item.doi) {
    const p = index.doi(item.doi);
    if (p && compatibleIds(p, item)) return { paper: p, by: "doi" };
  }
  // A paper merged away whose identifiers differed from the one kept: its key still leads to the one kept,
  // so importing it again does not bring the duplicate back.
  const merged = index.mergedInto(item.canonicalKey);
  if (merged) return { paper: merged, by: "merged" };
  const candidates = index
    .title(item.normTitle)
    .map((p) => ({ p, last: firstAuthorLastName(p.authors) }))
    .filter(({ p, last }) => titleMatches({ ...p, firstAuthorLast: last }, item));
  // Prefer a candidate whose first author is known and agrees over one that merely does not disagree.
  const best = candidates.find((c) => c.last !== "" && c.last === item.firstAuthorLast) ?? candidates[0];
  return best ? { paper: best.p, by: "title" } : null;
}

/** How much a source's metadata is trusted; an item overwrites stored fields only at ≥ the stored rank. */
const SOURCE_RANK: Record<string, number> = {
  "arxiv-jsonl": 3,
  "arxiv-atom": 3,
  identifier: 3,
  "csl-json": 2,
  bibtex: 2,
  ris: 2,
  pdf: 1,
  digest: 1,
};
const rank = (source: string) => SOURCE_RANK[source] ?? 0;
const keyRank = (key: string) => (key.startsWith("hash:") ? 0 : key.startsWith("doi:") ? 1 : 2);

/**
 * `trusted`: whether the item's source may update the canonical record (arXiv data the worker fetched, an
 * operator's or a site administrator's import; see trust.ts). An untrusted item only links to the paper it
 * matches, fills empty fields, and proposes the rest (link.ts).
 */
export function decide(index: CandidateIndex, item: NormalizedPaper, newId: () => string, trusted = true): Decision {
  const match = findMatch(index, item);
  if (!match) return createDecision(index, item, newId());
  // By a merged paper's key, even a trusted source only links: its identifiers are not the kept paper's own.
  return trusted && match.by !== "merged" ? mergeDecision(index, match.paper, item, match.by) : linkDecision(index, match.paper, item, match.by);
}

function createDecision(index: CandidateIndex, item: NormalizedPaper, id: string): Decision {
  // A DOI already held by an incompatible paper (two arXiv ids claiming one DOI) stays with that paper.
  const doi = item.doi && !index.doi(item.doi) ? item.doi : null;
  let canonicalKey = doi === item.doi ? item.canonicalKey : canonicalKeyOf({ ...item, doi });
  if (index.canonical(canonicalKey)) canonicalKey = `${canonicalKey}#${id}`;
  const version = item.arxivVersion ?? 1;
  const paper: ExistingPaper = {
    id,
    canonicalKey,
    arxivId: item.arxivId,
    doi,
    title: item.title,
    normTitle: item.normTitle,
    abstract: item.abstract,
    authors: item.authors,
    publishedAt: item.publishedAt,
    year: item.year,
    categories: item.categories,
    journalRef: item.journalRef,
    venue: item.venue,
    citation: item.citation,
    links: item.links,
    fullText: item.fullText,
    pages: item.pages,
    source: item.source,
    latestVersion: version,
    versions: [version],
  };
  return { kind: "create", item, paper, version: versionRow(version, item) };
}

function versionRow(
  version: number,
  p: { title: string; abstract: string | null; fullText: string | null; versionDate?: Date | null; publishedAt: Date | null },
): VersionRow {
  return { version, title: p.title, abstract: p.abstract, fullText: p.fullText, publishedAt: p.versionDate ?? p.publishedAt };
}

export function mergeDecision(index: CandidateIndex, before: ExistingPaper, item: NormalizedPaper, matchedBy: MatchKind): Decision {
  const iv = item.arxivId && item.arxivId === before.arxivId ? item.arxivVersion : null;
  if (iv !== null && iv < before.latestVersion) {
    // An older arXiv version: history only, the paper's current fields stay.
    if (before.versions.includes(iv)) return { kind: "duplicate", item, paper: before, matchedBy };
    const after = { ...before, versions: [...before.versions, iv].sort((a, b) => a - b) };
    return {
      kind: "update",
      item,
      before,
      after,
      changed: ["versions"],
      authorsChanged: false,
      addVersion: versionRow(iv, item),
      refreshCurrentVersion: false,
      matchedBy,
      trusted: true,
    };
  }
  const newer = iv !== null && iv > before.latestVersion;
  const authoritative = newer || rank(item.source) >= rank(before.source);
  const pick = <T>(incoming: T | null, current: T | null): T | null => (authoritative ? (incoming ?? current) : (current ?? incoming));
  const pickList = <T>(incoming: T[], current: T[]): T[] => (authoritative ? (incoming.length ? incoming : current) : current.length ? current : incoming);

  const arxivId = before.arxivId ?? (item.arxivId && !index.arxiv(item.arxivId) ? item.arxivId : null);
  const doi = before.doi ?? (item.doi && !index.doi(item.doi) ? item.doi : null);
  const title = authoritative ? item.title : before.title;
  const after: ExistingPaper = {
    ...before,
    arxivId,
    doi,
    title,
    normTitle: authoritative ? item.normTitle : before.normTitle,
    abstract: pick(item.abstract, before.abstract),
    authors: pickList(item.authors, before.authors),
    publishedAt: pick(item.publishedAt, before.publishedAt),
    year: pick(item.year, before.year),
    categories: pickList(item.categories, before.categories),
    journalRef: pick(item.journalRef, before.journalRef),
    venue: pick(item.venue, before.venue),
    citation: pick(item.citation, before.citation),
    links: authoritative ? unionLinks(item.links, before.links) : unionLinks(before.links, item.links),
    fullText: pick(item.fullText, before.fullText),
    pages: pick(item.pages, before.pages),
    source: authoritative ? item.source : before.source,
    latestVersion: newer && iv !== null ? iv : before.latestVersion,
    versions: newer && iv !== null ? [...before.versions, iv].sort((a, b) => a - b) : before.versions,
  };
  // Upgrade the canonical key (hash → DOI → arXiv id) when a better identifier arrives, never downgrade.
  upgradeKey(index, before, after);

  const changed = changedFields(before, after);
  const addVersion = newer && iv !== null ? versionRow(iv, item) : null;
  // A different source tag alone is not a change worth a write or a reindex.
  const meaningful = changed.filter((f) => f !== "source");
  if (meaningful.length === 0 && !addVersion) return { kind: "duplicate", item, paper: before, matchedBy };
  const textChanged = meaningful.some((f) => f === "title" || f === "abstract" || f === "fullText" || f === "publishedAt");
  return {
    kind: "update",
    item,
    before,
    after,
    changed,
    authorsChanged: changed.includes("authors"),
    addVersion,
    refreshCurrentVersion: !addVersion && textChanged,
    matchedBy,
    trusted: true,
  };
}

/** Upgrade the canonical key (hash → DOI → arXiv id) when a better identifier arrived, never downgrade. */
export function upgradeKey(index: CandidateIndex, before: ExistingPaper, after: ExistingPaper): void {
  const upgraded = canonicalKeyOf({ arxivId: after.arxivId, doi: after.doi, title: after.title, authors: after.authors, fullText: after.fullText });
  const holder = index.canonical(upgraded);
  if (keyRank(upgraded) > keyRank(before.canonicalKey) && (!holder || holder.id === before.id)) after.canonicalKey = upgraded;
}

const COMPARED: (keyof ExistingPaper)[] = [
  "canonicalKey",
  "arxivId",
  "doi",
  "title",
  "abstract",
  "authors",
  "publishedAt",
  "year",
  "categories",
  "journalRef",
  "venue",
  "citation",
  "links",
  "fullText",
  "pages",
  "source",
  "latestVersion",
];

export function changedFields(a: ExistingPaper, b: ExistingPaper): string[] {
  return COMPARED.filter((k) => !sameValue(a[k], b[k]));
}

function sameValue(x: unknown, y: unknown): boolean {
  if (x instanceof Date || y instanceof Date) {
    return x instanceof Date && y instanceof Date ? x.getTime() === y.getTime() : x === y;
  }
  if (typeof x === "object" || typeof y === "object") return JSON.stringify(x) === JSON.stringify(y);
  return x === y;
}

export function unionLinks(first: readonly PaperLink[], second: readonly PaperLink[]): PaperLink[] {
  const seen = new Set<string>();
  const out: PaperLink[] = [];
  for (const l of [...first, ...second]) {
    if (seen.has(l.url)) continue;
    seen.add(l.url);
    out.push({ kind: l.kind, url: l.url });
  }
  return out;
}
