import type { ParseOutcome } from "./types.ts";

// Import reports name the line a failed entry starts on ("entry smith2020 (line 14): missing title"), so a
// person can find it in a file of thousands. Only failures are located, after parsing; each locator scans
// the file once, on the first failure, so a file of 10k bad entries costs one scan, not 10k.

type Locate = (ref: string, index: number) => number | undefined;

/** Failed outcomes whose reason starts with their ref get " (line N)" after it, where `locate` knows N. */
export function withLines(outcomes: ParseOutcome[], locate: Locate): ParseOutcome[] {
  return outcomes.map((o, i) => {
    if (o.ok || !o.error.startsWith(`${o.ref}:`)) return o;
    const line = locate(o.ref, i);
    return line ? { ...o, error: `${o.ref} (line ${line})${o.error.slice(o.ref.length)}` } : o;
  });
}

/** 1-based line of each character offset of `text` (binary search over its line starts). */
function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

function lazy<T>(make: () => T): () => T {
  let value: { v: T } | null = null;
  return () => (value ??= { v: make() }).v;
}

/** BibTeX: the entry with this key ("entry smith2020"), else the n-th entry ("entry 3"). */
export function bibtexLocator(text: string): Locate {
  const scan = lazy(() => {
    const line = lineIndex(text);
    const byKey = new Map<string, number>();
    const starts: number[] = [];
    for (const m of text.matchAll(/^[ \t]*@([a-zA-Z]+)[ \t]*[{(][ \t]*([^,\s{}()]*)/gm)) {
      if (/^(string|preamble|comment)$/i.test(m[1]!)) continue;
      starts.push(line(m.index));
      if (m[2] && !byKey.has(m[2])) byKey.set(m[2], line(m.index));
    }
    return { byKey, starts };
  });
  return (ref) => {
    const key = /^entry (.+)$/.exec(ref)?.[1];
    if (!key) return undefined;
    const { byKey, starts } = scan();
    return byKey.get(key) ?? (/^\d+$/.test(key) ? starts[Number(key) - 1] : undefined);
  };
}

/** RIS: the n-th record ("entry 3"). */
export function risLocator(text: string): Locate {
  const starts = lazy(() => {
    const line = lineIndex(text);
    return [...text.matchAll(/^\uFEFF?TY {1,2}-/gm)].map((m) => line(m.index));
  });
  return (ref) => {
    const n = Number(/^entry (\d+)$/.exec(ref)?.[1]);
    return n ? starts()[n - 1] : undefined;
  };
}

/** CSL-JSON: the index-th item (one object or an array), where its "id" is written, when it has one. */
export function cslJsonLocator(text: string): Locate {
  const lines = lazy(() => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text.replace(/^\uFEFF/, ""));
    } catch {
      return [];
    }
    const line = lineIndex(text);
    // Every place an id is written, by its JSON spelling, in file order; the n-th item with an id is its n-th place.
    const places = new Map<string, number[]>();
    for (const m of text.matchAll(/"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?)/g)) {
      const id = JSON.stringify(JSON.parse(m[1]!));
      const list = places.get(id) ?? [];
      list.push(line(m.index));
      places.set(id, list);
    }
    const seen = new Map<string, number>();
    return (Array.isArray(parsed) ? parsed : [parsed]).map((x: unknown) => {
      const id = x && typeof x === "object" ? (x as { id?: unknown }).id : undefined;
      if (typeof id !== "string" && typeof id !== "number") return undefined;
      const key = JSON.stringify(id);
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      return places.get(key)?.[n];
    });
  });
  return (_ref, index) => lines()[index];
}
