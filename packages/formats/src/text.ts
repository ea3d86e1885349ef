// Small text helpers shared by every parser. Kept dependency-free and total (never throw).

export function collapseWhitespace(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

// LaTeX accent commands → combining marks; applied before NFC so "G{\"o}del" becomes "Gödel".
// Only what real metadata (arXiv snapshot, BibTeX exports) contains; not a TeX interpreter.
const ACCENTS: Record<string, string> = {
  "'": "\u0301",
  "`": "\u0300",
  "^": "\u0302",
  '"': "\u0308",
  "~": "\u0303",
  "=": "\u0304",
  ".": "\u0307",
  u: "\u0306",
  v: "\u030C",
  H: "\u030B",
  c: "\u0327",
  k: "\u0328",
  r: "\u030A",
};
const LETTERS: Record<string, string> = {
  ss: "ß",
  o: "ø",
  O: "Ø",
  aa: "å",
  AA: "Å",
  ae: "æ",
  AE: "Æ",
  oe: "œ",
  OE: "Œ",
  l: "ł",
  L: "Ł",
  i: "ı",
  j: "ȷ",
};

export function latexToUnicode(s: string): string {
  if (!s.includes("\\") && !s.includes("{")) return s;
  let out = s
    // \'{e}  \'e  {\'e}  \c{c}  \v s
    .replace(/\\(['`^"~=.])\s*\{?\s*(\\?[A-Za-z])\s*\}?/g, (_m, acc: string, ch: string) => base(ch) + ACCENTS[acc])
    .replace(/\\([uvHckr])(?:\s*\{\s*(\\?[A-Za-z])\s*\}|\s+(\\?[A-Za-z]))/g, (_m, acc: string, a?: string, b?: string) => base(a ?? b ?? "") + ACCENTS[acc])
    .replace(/\\(ss|aa|AA|ae|AE|oe|OE|o|O|l|L|i|j)(?![A-Za-z])\s*/g, (_m, name: string) => LETTERS[name] ?? name)
    .replace(/\\&/g, "&")
    .replace(/\\%/g, "%")
    .replace(/\\_/g, "_");
  // Formatting commands keep their argument (\emph{x} → x); grouping braces carry no meaning
  // for display ("{BERT}: Pre-training").
  out = out.replace(/\\[a-zA-Z]+\s*(?=\{)/g, "").replace(/(?<!\\)[{}]/g, "");
  return out.normalize("NFC");
}

function base(ch: string): string {
  // "\i" is the dotless i used under accents: \'{\i} → í
  return ch === "\\i" ? "i" : ch === "\\j" ? "j" : ch.replace(/^\\/, "");
}

/** For dedupe: lowercase, no accents/punctuation/LaTeX braces, single spaces. */
export function normalizeTitle(title: string): string {
  return latexToUnicode(title)
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/\\[a-z]+/g, " ") // leftover TeX commands such as \emph
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const NAME_SUFFIX = /^(jr\.?|sr\.?|ii|iii|iv|phd|ph\.d\.)$/i;

/** Last name of the first author, normalized like titles; "" when unknown. Handles "Last, First". */
export function firstAuthorLastName(authors: readonly string[]): string {
  const first = authors.find((a) => a.trim() !== "");
  if (!first) return "";
  const clean = latexToUnicode(first).trim();
  if (clean.includes(",")) return normalizeTitle(clean.split(",")[0] ?? "");
  const words = clean.split(/\s+/).filter((w) => !NAME_SUFFIX.test(w));
  return normalizeTitle(words[words.length - 1] ?? "");
}

export function truncateForMessage(s: string, max = 80): string {
  const one = collapseWhitespace(s);
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

export function errorMessage(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return truncateForMessage(msg.split("\n")[0] ?? msg, 200) || "unknown error";
}
