// Tag names (issue 15.3), one rule for every place a tag is written: a person's own tags on papers, team
// tags on list items and annotations, and keywords that arrive with an import (API and worker alike).
// A name is compared and stored normalised — Unicode NFKC, lower case, inner whitespace collapsed to one
// space, trimmed — so "Deep  Learning" and "deep learning" are one tag. Control and format characters
// (bidi overrides, zero-width joiners, NUL) are refused rather than stripped: a name is what the person sees.

/** Longest tag name, in characters after normalising. */
export const TAG_MAX_LENGTH = 40;
/** Most tags one person puts on one paper, or a team on one list item or annotation. */
export const TAGS_PER_TARGET = 20;

const CONTROL = /[\p{Cc}\p{Cf}\u2028\u2029]/u;

export type TagCheck = { ok: true; tag: string } | { ok: false; reason: string };

/** One name, normalised, or why it is refused. */
export function checkTag(raw: string): TagCheck {
  if (CONTROL.test(raw.replace(/[\t\n\r]/g, " "))) return { ok: false, reason: "A tag cannot contain control or invisible formatting characters." };
  const tag = raw.normalize("NFKC").toLowerCase().replace(/\s+/gu, " ").trim();
  if (!tag) return { ok: false, reason: "A tag needs at least one visible character." };
  if ([...tag].length > TAG_MAX_LENGTH) return { ok: false, reason: `A tag is at most ${TAG_MAX_LENGTH} characters.` };
  return { ok: true, tag };
}

/** The normalised form of a valid name; null for one `checkTag` refuses. */
export function normalizeTag(raw: string): string | null {
  const checked = checkTag(raw);
  return checked.ok ? checked.tag : null;
}

/** Names as a set: normalised, duplicates dropped (first kept), invalid ones skipped, at most `limit`. */
export function normalizeTagSet(raws: readonly string[], limit = TAGS_PER_TARGET): string[] {
  const out: string[] = [];
  for (const raw of raws) {
    const tag = normalizeTag(raw);
    if (tag && !out.includes(tag)) out.push(tag);
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * Keywords of an imported record as tag names: BibTeX and RIS often carry them as one string separated by
 * commas or semicolons ("deep learning; transformers"), CSL-JSON as one `keyword` string. Over-long ones
 * (a whole sentence pasted as a keyword) are skipped, not cut.
 */
export function keywordsToTags(keywords: readonly string[] | string | undefined | null): string[] {
  if (!keywords) return [];
  const parts = (typeof keywords === "string" ? [keywords] : keywords).flatMap((k) => k.split(/[;,]/));
  return normalizeTagSet(parts);
}
