// Anchoring bench (issue 16.8): how re-anchoring decides on the seeded documents the tests use
// (packages/anchoring/src/generated-cases.ts), and how long anchoring takes on a 200,000-character text.
// Pure CPU, no services. Prints tables; asserts nothing.
//
//   npx tsx bench/anchoring.ts [--impl <dir of an anchoring src/, e.g. a checkout of an older commit>] [--runs 15]
//
// --impl compares another version of the package on the same cases (it needs anchor, classify, describe,
// reanchorAll from its index.ts); the cases always come from this checkout.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { makePageBreakCase, makeShortQuoteCase, paginate, lines, withoutSentence } from "../packages/anchoring/src/generated-cases.ts";
import { paper } from "../packages/anchoring/src/test-helpers.ts";
import { loadAverage, machine, median, table } from "./lib/report.ts";

type Impl = typeof import("../packages/anchoring/src/index.ts");
const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
};
const dir = path.resolve(arg("impl") ?? path.join(import.meta.dirname, "../packages/anchoring/src"));
const RUNS = Number(arg("runs") ?? 15);
const a = (await import(pathToFileURL(path.join(dir, "index.ts")).href)) as Impl;

type Result = ReturnType<Impl["anchor"]>;
const both = (old: string, next: string, start: number, end: number): Result[] => {
  const selector = a.describe(old, start, end);
  return [a.reanchorAll(old, next, [{ id: "x", selector }])[0]!.result, a.anchor(next, selector)];
};

// 1. A short quote's sentence deleted (the same words elsewhere): every ANCHORED result is a mis-anchor.
const SHORT = 600;
const short = { anchored: 0, low: 0, orphaned: 0 };
const control = { right: 0, wrong: 0, notAnchored: 0 };
for (let seed = 1; seed <= SHORT; seed++) {
  const c = makeShortQuoteCase(seed);
  for (const r of both(c.old, withoutSentence(c, c.host), c.start, c.end)) {
    const status = a.classify(r);
    if (status === "ANCHORED") short.anchored++;
    else if (status === "LOW_CONFIDENCE") short.low++;
    else short.orphaned++;
  }
  const other = c.host > 1 ? c.host - 1 : c.host + 1;
  const next = withoutSentence(c, other);
  const moved = c.start - (other < c.host ? c.old.length - next.length : 0);
  for (const r of both(c.old, next, c.start, c.end)) {
    if (r.orphan || a.classify(r) !== "ANCHORED") control.notAnchored++;
    else if (r.start === moved && r.end === moved + (c.end - c.start)) control.right++;
    else control.wrong++;
  }
}

// 2. A page break (page number + running header) entering or leaving a multi-line quote.
const PAGES = 150;
const pages = { right: 0, wrong: 0, orphaned: 0 };
for (const reverse of [false, true]) {
  for (let seed = 1; seed <= PAGES; seed++) {
    const c = makePageBreakCase(seed, reverse);
    for (const r of both(c.old, c.next, c.start, c.end)) {
      if (r.orphan) pages.orphaned++;
      else if (a.classify(r) === "ANCHORED" && r.start === c.expected.start && r.end === c.expected.end) pages.right++;
      else pages.wrong++;
    }
  }
}
const pct = (n: number, of: number) => `${n} / ${of} (${((100 * n) / of).toFixed(1)}%)`;
console.log(`# Anchoring bench — implementation: ${path.relative(process.cwd(), dir) || dir}\n`);
console.log(
  table(
    ["cases (each anchored twice: reanchorAll with the old text, anchor without)", "result"],
    [
      ["short quote, its sentence deleted: ANCHORED (confident mis-anchor)", pct(short.anchored, 2 * SHORT)],
      ["short quote, its sentence deleted: LOW_CONFIDENCE (best guess, review)", pct(short.low, 2 * SHORT)],
      ["short quote, its sentence deleted: ORPHANED", pct(short.orphaned, 2 * SHORT)],
      ["short quote, a neighbouring sentence deleted: ANCHORED in place", pct(control.right, 2 * SHORT)],
      ["short quote, a neighbouring sentence deleted: ANCHORED elsewhere", pct(control.wrong, 2 * SHORT)],
      ["page break in / out of a quote: ANCHORED from its first line to its last", pct(pages.right, 4 * PAGES)],
      ["page break in / out of a quote: wrong range or LOW_CONFIDENCE", pct(pages.wrong, 4 * PAGES)],
      ["page break in / out of a quote: ORPHANED", pct(pages.orphaned, 4 * PAGES)],
    ],
  ),
);

// 3. Time per anchor() on 200,000 characters (normalising the text included), min / median of RUNS.
const TEXT = paper(200_000);
const PDF = paginate(lines(1, 2_800), 40).text; // ≈ 200,000 characters with running headers and page numbers
function time(label: string, text: string, selectors: unknown[]) {
  const ms: number[] = [];
  let out: Result | undefined;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    out = a.createAnchorer(text).anchor(selectors as never);
    ms.push(performance.now() - t);
  }
  return [label, Math.min(...ms).toFixed(1), median(ms).toFixed(1), out!.orphan ? "orphan" : a.classify(out!)];
}
const at = 120_000;
const sel = a.describe(TEXT, at, at + 120);
const shortSel = a.describe(TEXT, at, at + 20);
const pdfAt = PDF.indexOf("\n", 100_000) + 10;
const pdfSel = a.describe(PDF, pdfAt, pdfAt + 150);
const pdfShifted = PDF.slice(0, 50_000) + PDF.slice(50_060);
console.log(
  "\n" +
    table(
      ["anchor() on 200k characters", "min ms", "median ms", "status"],
      [
        time("unchanged text", TEXT, sel),
        time("insertion before the quote", `${TEXT.slice(0, 1000)}A new paragraph. ${TEXT.slice(1000)}`, sel),
        time("quote deleted (orphan, whole-text scan)", TEXT.slice(0, at) + TEXT.slice(at + 120), sel),
        time("short quote (20 chars), text shifted", `Preface. ${TEXT}`, shortSel),
        time("PDF text with page furniture, text shifted", pdfShifted, pdfSel),
      ],
    ),
);
console.log(`\n${machine()} Load average: ${loadAverage()}.`);
