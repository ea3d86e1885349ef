import { firstAuthorLastName } from "./text.ts";
import type { CitablePaper } from "./types.ts";

// BibTeX cite keys the way Google Scholar and most reference managers write them — first author's last name,
// year, first significant title word: "vaswani2017attention". Papers whose keys collide get "a", "b", … after
// the first, assigned in the papers' id order (not list order), so reordering a list never renames a key
// and the same list exports the same keys every time.

const STOPWORDS = new Set([
  "a",
  "an",
  "the",
  "on",
  "of",
  "in",
  "for",
  "to",
  "and",
  "with",
  "from",
  "at",
  "by",
  "is",
  "are",
  "do",
  "does",
  "how",
  "what",
  "why",
  "towards",
  "toward",
]);

const ascii = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ß/g, "ss")
    .replace(/[øØ]/g, "o")
    .replace(/[łŁ]/g, "l")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");

export function baseCiteKey(p: Pick<CitablePaper, "authors" | "year" | "title">): string {
  const author = ascii(firstAuthorLastName(p.authors)) || "anon";
  const words = p.title
    .split(/[\s\-–—:/]+/)
    .map(ascii)
    .filter(Boolean);
  const word = words.find((w) => !STOPWORDS.has(w)) ?? words[0] ?? "untitled";
  return `${author}${p.year ?? ""}${word}`;
}

function suffixLetters(i: number): string {
  return i < 26 ? String.fromCharCode(97 + i) : `${suffixLetters(Math.floor(i / 26) - 1)}${String.fromCharCode(97 + (i % 26))}`;
}

/** A unique key per paper id: the base key, or base + a/b/… for the second, third… paper (by id) sharing it. */
export function citeKeys(papers: readonly CitablePaper[]): Map<string, string> {
  const groups = new Map<string, string[]>();
  for (const p of papers) {
    const base = baseCiteKey(p);
    const ids = groups.get(base) ?? [];
    if (!ids.includes(p.id)) ids.push(p.id);
    groups.set(base, ids);
  }
  const keys = new Map<string, string>();
  const taken = new Set(groups.keys());
  for (const [base, ids] of groups) {
    [...ids].sort().forEach((id, i) => {
      if (i === 0) return keys.set(id, base);
      let k = i - 1;
      while (taken.has(base + suffixLetters(k))) k++;
      const key = base + suffixLetters(k);
      taken.add(key);
      keys.set(id, key);
    });
  }
  return keys;
}
