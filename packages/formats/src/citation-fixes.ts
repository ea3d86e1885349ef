import type { CslItem } from "./citation.ts";

// Adapters around citation-js's LaTeX decoding (plugin-bibtex 0.7.21), each one a defect found by
// importing other tools' BibTeX:
// - math: `$\mathcal{O}(\sqrt{T})$` came back half-decoded (`\mathcalO(\sqrtT)`), and a lone `$`
//   failed the whole entry. Math is swapped for placeholders before decoding and put back verbatim.
// - `{\'\i}` (how Google Scholar and DBLP write í) became a dotless ı plus a combining accent.

const OPEN = "\uE000";
const CLOSE = "\uE001";
const PLACEHOLDER = /\uE000(\d+)\uE001/g;

/**
 * A raw BibTeX value with each `$…$` / `$$…$$` replaced by a placeholder (the math pushed to `store`), and
 * a `$` that opens nothing escaped as `\$`, so citation-js neither decodes math nor fails on it.
 */
export function protectMath(raw: string, store: string[]): string {
  if (!raw.includes("$")) return raw;
  let out = "";
  let i = 0;
  while (i < raw.length) {
    const ch = raw[i]!;
    if (ch === "\\") {
      out += raw.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (ch !== "$") {
      out += ch;
      i++;
      continue;
    }
    const delim = raw.startsWith("$$", i) ? "$$" : "$";
    const end = closingDollar(raw, i + delim.length, delim);
    if (end === -1) {
      out += "\\$";
      i++;
      continue;
    }
    store.push(raw.slice(i, end + delim.length));
    out += `${OPEN}${store.length - 1}${CLOSE}`;
    i = end + delim.length;
  }
  return out;
}

function closingDollar(s: string, from: number, delim: string): number {
  for (let j = from; j < s.length; j++) {
    if (s[j] === "\\") j++;
    else if (s.startsWith(delim, j)) return j > from ? j : -1;
  }
  return -1;
}

/** A decoded string with its math placeholders put back and accented dotless i/j made i/j again. */
export function fixDecoded(s: string, math: readonly string[] = []): string {
  if (!/[ıȷ\uE000]/.test(s)) return s; // the common case: nothing to fix, no copy
  const restored = math.length ? s.replace(PLACEHOLDER, (m, n: string) => math[Number(n)] ?? m) : s;
  // "ı" + combining mark above is how `\'\i` decodes; Unicode writes í as i + U+0301.
  return restored
    .replace(/[ıȷ](?=[\u0300-\u0315\u031A\u033D-\u0344\u0346\u034A-\u034C\u0350-\u0352\u0357\u035B\u0363-\u036F])/g, (c) => (c === "ı" ? "i" : "j"))
    .normalize("NFC");
}

/** Every string in a CSL item (names and dates included) passed through fixDecoded. */
export function fixCslItem(item: CslItem, math: readonly string[] = []): CslItem {
  return walk(item, math) as CslItem;
}

function walk(v: unknown, math: readonly string[]): unknown {
  if (typeof v === "string") return fixDecoded(v, math);
  if (Array.isArray(v)) return v.map((x) => walk(x, math));
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, math)]));
  return v;
}
