// Child process for the formats bench: one (format, direction, implementation) case, timed over whole
// 10k-reference files and over 100-reference slices, in a process of its own so its peak memory is that
// case's. Input comes from files the parent wrote; the result goes back over IPC.
//
//   formats-child <bibtex|ris|csl-json> <import|export> <commonplace|citation-js> <input file> <repeat>
import { readFileSync } from "node:fs";
import {
  citableToCsl,
  citationJsChain,
  citationJsFormat,
  parseBibtex,
  parseCslJson,
  parseRis,
  toBibtex,
  toCslJson,
  toRis,
  type CitablePaper,
} from "@commonplace/formats";

export type Format = "bibtex" | "ris" | "csl-json";

export interface FormatsChildReport {
  /** Whole-file runs, ms. */
  runsMs: number[];
  /** One timing per 100-reference slice (import: a file of 100 entries; export: 100 papers), ms. */
  sliceMs: number[];
  items: number;
  failed: number;
  rssBeforeMb: number;
  vmHwmMb: number | null;
}

const [format, direction, impl, file, repeatArg] = process.argv.slice(2) as [Format, "import" | "export", "commonplace" | "citation-js", string, string];
const repeat = Number(repeatArg ?? 3);
const SLICE = 100;

const FORCE: Record<Format, string> = { bibtex: "@biblatex/text", ris: "@ris/file", "csl-json": "@csl/list+object" };
const CITATION_JS_OUT = { bibtex: "bibtex", ris: "ris", "csl-json": "data" } as const;

/** citation-js alone, as the baseline: text → CSL items, or CSL items → text with its own writers. */
function baselineImport(text: string): number {
  const input = format === "csl-json" ? JSON.parse(text) : text;
  const out = citationJsChain(input, FORCE[format]);
  return Array.isArray(out) ? out.length : 0;
}

const ours = { bibtex: [parseBibtex, toBibtex], ris: [parseRis, toRis], "csl-json": [parseCslJson, toCslJson] } as const;

function run(input: string | CitablePaper[]): { items: number; failed: number } {
  if (direction === "import") {
    const text = input as string;
    if (impl === "citation-js") return { items: baselineImport(text), failed: 0 };
    const out = ours[format][0](text);
    return { items: out.length, failed: out.filter((o) => !o.ok).length };
  }
  const papers = input as CitablePaper[];
  if (impl === "citation-js") {
    const text = citationJsFormat(papers.map(citableToCsl), CITATION_JS_OUT[format]);
    return { items: text.length > 0 ? papers.length : 0, failed: 0 };
  }
  return { items: ours[format][1](papers).length > 0 ? papers.length : 0, failed: 0 };
}

/** The input cut into 100-reference pieces: papers, or whole entries/records of the file. */
function slices(input: string | CitablePaper[]): (string | CitablePaper[])[] {
  if (Array.isArray(input)) return Array.from({ length: Math.ceil(input.length / SLICE) }, (_, i) => input.slice(i * SLICE, (i + 1) * SLICE));
  const units =
    format === "csl-json" ? (JSON.parse(input) as unknown[]).map((x) => JSON.stringify(x)) : input.split(format === "ris" ? /\n\n(?=TY {2}- )/ : /\n\n(?=@)/);
  const join = (u: string[]) => (format === "csl-json" ? `[${u.join(",")}]` : u.join("\n\n"));
  return Array.from({ length: Math.ceil(units.length / SLICE) }, (_, i) => join(units.slice(i * SLICE, (i + 1) * SLICE)));
}

function vmHwmMb(): number | null {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
  return m ? Number(m[1]) / 1024 : null;
}

const raw = readFileSync(file, "utf8");
const input: string | CitablePaper[] = direction === "export" ? (JSON.parse(raw) as CitablePaper[]) : raw;
const pieces = slices(input);
const rssBeforeMb = process.memoryUsage().rss / 1048576;
const runsMs: number[] = [];
let result = { items: 0, failed: 0 };
for (let i = 0; i < repeat; i++) {
  const t = performance.now();
  result = run(input);
  runsMs.push(performance.now() - t);
}
const sliceMs = pieces.map((piece) => {
  const t = performance.now();
  run(piece);
  return performance.now() - t;
});
const report: FormatsChildReport = { runsMs, sliceMs, ...result, rssBeforeMb, vmHwmMb: vmHwmMb() };
process.send?.(report);
process.disconnect?.();
