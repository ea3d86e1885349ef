import type { ParseOutcome } from "./types.ts";

// Import reports name the line a failed entry starts on ("entry smith2020 (line 14): missing title"), so a
// person can find it in a file of thousands. Only failures are located, after parsing (it costs a scan).

/** Failed outcomes whose reason starts with their ref get " (line N)" after it, where `lineOf` knows N. */
export function withLines(outcomes: ParseOutcome[], lineOf: (ref: string, index: number) => number | undefined): ParseOutcome[] {
  return outcomes.map((o, i) => {
    if (o.ok || !o.error.startsWith(`${o.ref}:`)) return o;
    const line = lineOf(o.ref, i);
    return line ? { ...o, error: `${o.ref} (line ${line})${o.error.slice(o.ref.length)}` } : o;
  });
}

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/** The line of the BibTeX entry with this key ("entry smith2020"), or of the n-th entry ("entry 3"). */
export function bibtexEntryLine(text: string, ref: string): number | undefined {
  const key = /^entry (.+)$/.exec(ref)?.[1];
  if (!key) return undefined;
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const byKey = new RegExp(`@[a-zA-Z]+\\s*[{(]\\s*${escaped}\\s*,`).exec(text);
  if (byKey) return lineAt(text, byKey.index);
  if (!/^\d+$/.test(key)) return undefined;
  const starts = [...text.matchAll(/^[ \t]*@(?!string|preamble|comment)[a-zA-Z]+[ \t]*[{(]/gim)];
  const m = starts[Number(key) - 1];
  return m ? lineAt(text, m.index) : undefined;
}

/** The line of the n-th RIS record ("entry 3"). */
export function risRecordLine(text: string, ref: string): number | undefined {
  const n = Number(/^entry (\d+)$/.exec(ref)?.[1]);
  if (!n) return undefined;
  const m = [...text.matchAll(/^\uFEFF?TY {1,2}-/gm)][n - 1];
  return m ? lineAt(text, m.index) : undefined;
}
