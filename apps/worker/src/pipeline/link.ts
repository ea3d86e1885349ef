import { differingFields, fieldValuesOf, isEmptyValue, type PartialFields } from "@commonplace/catalogue";
import { changedFields, upgradeKey, type CandidateIndex } from "./dedupe.ts";
import type { Decision, ExistingPaper, MatchKind, NormalizedPaper } from "./types.ts";

// Stage 4 for an untrusted source (anyone's upload or paste that is not arXiv data the worker fetched, nor a
// site administrator's or operator's import): the item links to the paper it matched and may fill what the
// canonical record lacks — never the full text or the arXiv version, which are only proposed — and every
// value that differs from the record becomes a proposal that administrators accept or reject. So a BibTeX
// entry carrying another paper's DOI, an Atom file claiming a higher version, or a PDF that mentions an
// arXiv id changes nothing anyone else reads. Pure, like dedupe.

const fill = <T>(current: T | null, incoming: T | null): T | null => (isEmptyValue(current) ? (incoming ?? current) : current);
const fillList = <T>(current: T[], incoming: T[]): T[] => (current.length ? current : incoming);

export function linkDecision(index: CandidateIndex, before: ExistingPaper, item: NormalizedPaper, matchedBy: MatchKind): Decision {
  const sameArxiv = item.arxivId !== null && item.arxivId === before.arxivId;
  const version = sameArxiv ? item.arxivVersion : null;
  // An older version from an untrusted file: nothing to record, not even history.
  if (version !== null && version < before.latestVersion) return { kind: "duplicate", item, paper: before, matchedBy, proposal: null };

  const after: ExistingPaper = {
    ...before,
    arxivId: before.arxivId ?? (item.arxivId && !index.arxiv(item.arxivId) ? item.arxivId : null),
    doi: before.doi ?? (item.doi && !index.doi(item.doi) ? item.doi : null),
    abstract: fill(before.abstract, item.abstract),
    authors: fillList(before.authors, item.authors),
    publishedAt: fill(before.publishedAt, item.publishedAt),
    year: fill(before.year, item.year),
    categories: fillList(before.categories, item.categories),
    journalRef: fill(before.journalRef, item.journalRef),
    venue: fill(before.venue, item.venue),
    citation: fill(before.citation, item.citation),
    links: fillList(before.links, item.links),
  };
  upgradeKey(index, before, after);

  const incoming = fieldValuesOf({ ...item, latestVersion: version ?? before.latestVersion });
  const proposed = differingFields(fieldValuesOf(after), incoming);
  const proposal: PartialFields | null = Object.keys(proposed).length ? proposed : null;

  const changed = changedFields(before, after);
  if (changed.length === 0) return { kind: "duplicate", item, paper: before, matchedBy, proposal };
  return {
    kind: "update",
    item,
    before,
    after,
    changed,
    authorsChanged: changed.includes("authors"),
    addVersion: null,
    // The current version's row mirrors the paper's abstract: keep it in step with a filled-in one.
    refreshCurrentVersion: changed.includes("abstract"),
    matchedBy,
    trusted: false,
    proposal,
  };
}
