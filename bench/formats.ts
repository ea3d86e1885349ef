// Import/export bench (issue 15): 10k references in BibTeX, RIS and CSL-JSON, through Commonplace's
// formats package vs citation-js alone (its own parsers and writers, no adapters) as the baseline,
// measured in the same run on the same machine. Pure CPU: no database, no search server.
//
//   npx tsx bench/formats.ts [--size 10k] [--repeat 3]
//
// Each case runs in its own Node process (peak RSS is that case's), once per round: a whole-file run
// (throughput = median over rounds), then the same references in 100-reference slices (p50/p95/p99 per
// slice, pooled over rounds). Import inputs are
// Commonplace's own exports of the synthetic references (corpus/references.ts), so both importers read
// the same file.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { toBibtex, toCslJson, toRis } from "@commonplace/formats";
import { parseSize, sizeLabel } from "./corpus/generate.ts";
import { syntheticReferences } from "./corpus/references.ts";
import type { Format, FormatsChildReport } from "./lib/formats-child.ts";
import { runTsChild } from "./lib/proc.ts";
import { fmt, int, median, percentile, table } from "./lib/report.ts";

const FORMATS: Format[] = ["bibtex", "ris", "csl-json"];
const WRITE = { bibtex: toBibtex, ris: toRis, "csl-json": toCslJson } as const;

export interface FormatsBenchResult {
  references: number;
  markdown: string;
}

interface Case {
  format: Format;
  direction: "import" | "export";
  impl: "commonplace" | "citation-js";
  report: FormatsChildReport;
  peakRssMb: number;
}

export async function benchFormats(options: { references: number; repeat: number; log?: (s: string) => void }): Promise<FormatsBenchResult> {
  const log = options.log ?? console.log;
  const dir = mkdtempSync(path.join(os.tmpdir(), "commonplace-formats-bench-"));
  const cases: Case[] = [];
  try {
    const papers = syntheticReferences(options.references);
    const inputs: Record<string, string> = { export: path.join(dir, "papers.json") };
    writeFileSync(inputs["export"]!, JSON.stringify(papers));
    for (const f of FORMATS) {
      inputs[f] = path.join(dir, `refs.${f}`);
      writeFileSync(inputs[f]!, WRITE[f](papers));
    }
    // Rounds interleave every case (baseline and Commonplace alternating first), so a busy spell on the shared
    // machine lands on both sides of a ratio instead of on one case.
    for (let round = 0; round < options.repeat; round++) {
      for (const format of FORMATS) {
        for (const direction of ["import", "export"] as const) {
          const impls = round % 2 === 0 ? (["citation-js", "commonplace"] as const) : (["commonplace", "citation-js"] as const);
          for (const impl of impls) {
            const file = direction === "import" ? inputs[format]! : inputs["export"]!;
            const child = await runTsChild<FormatsChildReport>("lib/formats-child.ts", [format, direction, impl, file, "1"], {});
            if (!child.message || child.exitCode !== 0) throw new Error(`${format} ${direction} ${impl}: child exited ${child.exitCode}`);
            const c = merge(cases, format, direction, impl, child.message, Math.max(child.message.vmHwmMb ?? 0, child.peakSampledRssKb / 1024));
            log(
              `  round ${round + 1} ${format} ${direction} ${impl}: ${fmt(c.report.runsMs.at(-1)! / 1000, 2)} s, ${c.report.failed} failed, peak RSS ${fmt(c.peakRssMb, 0)} MB`,
            );
          }
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const baseline = (c: Case) => cases.find((b) => b.format === c.format && b.direction === c.direction && b.impl === "citation-js")!;
  const rows = cases.map((c) => [
    `${c.format} ${c.direction}, ${c.impl === "commonplace" ? "Commonplace" : "citation-js alone"}`,
    fmt(median(c.report.runsMs) / 1000, 2),
    int(rate(c)),
    fmt(percentile(c.report.sliceMs, 50)),
    fmt(percentile(c.report.sliceMs, 95)),
    fmt(percentile(c.report.sliceMs, 99)),
    fmt(c.peakRssMb, 0),
    fmt(c.peakRssMb - c.report.rssBeforeMb, 0),
    c.impl === "commonplace" ? `${fmt(rate(c) / rate(baseline(c)), 2)}×` : "1.00×",
  ]);
  const markdown = [
    table(
      ["case", `${sizeLabel(options.references)} refs s`, "refs/s", "p50 ms /100", "p95 ms /100", "p99 ms /100", "peak RSS MB", "RSS growth MB", "÷ baseline"],
      rows,
    ),
    "",
    `${options.repeat} interleaved round(s), one whole-file run per case each (median); p50/p95/p99 over ${options.repeat} × ${Math.ceil(options.references / 100)} slices of 100 references; ` +
      `"÷ baseline" is Commonplace's throughput over citation-js's alone for the same format and direction; failed imports: ` +
      `${cases.filter((c) => c.direction === "import").every((c) => c.report.failed === 0) ? "none" : "SOME"}.`,
  ].join("\n");
  return { references: options.references, markdown };
}

const rate = (c: Case) => c.report.items / (median(c.report.runsMs) / 1000);

/** The case's record with one more round's report folded in (runs and slices pooled, peak memory the highest). */
function merge(cases: Case[], format: Format, direction: Case["direction"], impl: Case["impl"], report: FormatsChildReport, peakRssMb: number): Case {
  const found = cases.find((c) => c.format === format && c.direction === direction && c.impl === impl);
  if (!found) {
    const c: Case = { format, direction, impl, report, peakRssMb };
    cases.push(c);
    return c;
  }
  found.report = {
    ...report,
    runsMs: [...found.report.runsMs, ...report.runsMs],
    sliceMs: [...found.report.sliceMs, ...report.sliceMs],
    failed: Math.max(found.report.failed, report.failed),
    rssBeforeMb: Math.min(found.report.rssBeforeMb, report.rssBeforeMb),
  };
  found.peakRssMb = Math.max(found.peakRssMb, peakRssMb);
  return found;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await benchFormats({ references: parseSize(arg("--size") ?? "10k"), repeat: Number(arg("--repeat") ?? 3) });
  console.log(`\n${r.markdown}`);
}
