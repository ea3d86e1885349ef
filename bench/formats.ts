// Import/export bench (issue 15): 10k references in BibTeX, RIS and CSL-JSON, through Commonplace's
// formats package vs citation-js alone (its own parsers and writers, no adapters) as the baseline,
// measured in the same run on the same machine. Pure CPU: no database, no search server.
//
//   npx tsx bench/formats.ts [--size 10k] [--repeat 3]
//
// Each case runs in its own Node process (peak RSS is that case's): `repeat` whole-file runs (throughput =
// median), then the same references in 100-reference slices (p50/p95/p99 per slice). Import inputs are
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
    for (const format of FORMATS) {
      for (const direction of ["import", "export"] as const) {
        for (const impl of ["citation-js", "commonplace"] as const) {
          const file = direction === "import" ? inputs[format]! : inputs["export"]!;
          const child = await runTsChild<FormatsChildReport>("lib/formats-child.ts", [format, direction, impl, file, String(options.repeat)], {});
          if (!child.message || child.exitCode !== 0) throw new Error(`${format} ${direction} ${impl}: child exited ${child.exitCode}`);
          const report = child.message;
          const c: Case = { format, direction, impl, report, peakRssMb: Math.max(report.vmHwmMb ?? 0, child.peakSampledRssKb / 1024) };
          cases.push(c);
          log(
            `  ${format} ${direction} ${impl}: ${fmt(median(report.runsMs) / 1000, 2)} s, ${int(rate(c))} refs/s, ${report.failed} failed, peak RSS ${fmt(c.peakRssMb, 0)} MB`,
          );
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
    `${options.repeat} whole-file run(s) per case (median); p50/p95/p99 over ${Math.ceil(options.references / 100)} slices of 100 references; ` +
      `"÷ baseline" is Commonplace's throughput over citation-js's alone for the same format and direction; failed imports: ` +
      `${cases.filter((c) => c.direction === "import").every((c) => c.report.failed === 0) ? "none" : "SOME"}.`,
  ].join("\n");
  return { references: options.references, markdown };
}

const rate = (c: Case) => c.report.items / (median(c.report.runsMs) / 1000);

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await benchFormats({ references: parseSize(arg("--size") ?? "10k"), repeat: Number(arg("--repeat") ?? 3) });
  console.log(`\n${r.markdown}`);
}
