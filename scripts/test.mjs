// `npm test`: install what is missing, then lint, typecheck, unit + integration tests (vitest, real
// PostgreSQL and Meilisearch) and end-to-end tests (Playwright in Debian's Chromium, against the real
// `npm start`). Ends with one line: "N passed, N failed".
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ensureDependencies, root, step } from "./ensure-deps.mjs";
import { ensureChromium } from "./ensure-chromium.mjs";
import { webBuild } from "./web-build.mjs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", TURBO_TELEMETRY_DISABLED: "1", FORCE_COLOR: process.env.CI ? "0" : "1" };
const bin = (name) => path.join(root, "node_modules/.bin", name);
const reports = path.join(root, "test-results");
const totals = { passed: 0, failed: 0 };
const broken = [];
/** "file › test: first line of the error" for every failed test, printed again at the very end (CI shows the tail). */
const failures = [];

function run(label, command, args) {
  step(label);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env });
  if (result.status !== 0) broken.push(label);
  return result.status === 0;
}

function count(file, pick) {
  if (!existsSync(file)) return;
  const { passed, failed, names } = pick(JSON.parse(readFileSync(file, "utf8")));
  totals.passed += passed;
  totals.failed += failed;
  failures.push(...names);
}

const firstLine = (text) =>
  String(text ?? "")
    .replace(/\x1b\[[0-9;]*m/g, "")
    .trim()
    .split("\n")[0]
    .slice(0, 300);
const relative = (file) => path.relative(root, file ?? "");

function vitestFailures(report) {
  return (report.testResults ?? []).flatMap((file) => {
    const failed = (file.assertionResults ?? []).filter((t) => t.status === "failed");
    if (!failed.length && file.status === "failed") return [`${relative(file.name)}: ${firstLine(file.message)}`];
    return failed.map((t) => `${relative(file.name)} › ${t.fullName}: ${firstLine(t.failureMessages?.[0])}`);
  });
}

function playwrightFailures(suite, file = suite.file) {
  const here = (suite.specs ?? []).flatMap((spec) =>
    spec.tests.filter((t) => t.status === "unexpected").map((t) => `${spec.file ?? file} › ${spec.title}: ${firstLine(t.results?.at(-1)?.error?.message)}`),
  );
  return [...here, ...(suite.suites ?? []).flatMap((s) => playwrightFailures(s, s.file ?? file))];
}

ensureDependencies();
const chromium = ensureChromium();
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

run("Lint and typecheck (turbo)", bin("turbo"), ["run", "lint", "typecheck", "--continue", "--output-logs=errors-only"]);
run("Format check (prettier)", bin("prettier"), ["--check", ".", "--log-level=warn"]);
// knip: every imported package declared in the workspace that imports it, none unused; sherif: consistent manifests.
run("Dependency hygiene (knip, sherif)", "npm", ["run", "--silent", "check:deps"]);
// After turbo: these import workspace packages whose generated Prisma client turbo has just produced.
run("Lint the root folders (scripts, tests, benchmarks)", bin("eslint"), ["scripts", "test", "e2e", "bench", "playwright.config.ts", "vitest.config.ts"]);
for (const project of ["scripts", "test", "e2e", "bench"]) run(`Typecheck ${project}/`, bin("tsc"), ["--noEmit", "-p", project]);
run("Unit and integration tests (vitest)", bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${reports}/vitest.json`]);
count(`${reports}/vitest.json`, (r) => ({
  passed: r.numPassedTests,
  failed: r.numFailedTests + (r.numTotalTestSuites && !r.success && !r.numFailedTests ? 1 : 0),
  names: vitestFailures(r),
}));
if (run("Build for end-to-end tests (turbo)", webBuild.command, webBuild.args)) {
  env.CHROMIUM_PATH = chromium;
  env.PLAYWRIGHT_JSON_OUTPUT_NAME = `${reports}/playwright.json`;
  run("End-to-end tests (Playwright, Chromium)", bin("playwright"), ["test", "--reporter=list,json"]);
  count(`${reports}/playwright.json`, (r) => ({
    passed: r.stats.expected + r.stats.flaky,
    failed: r.stats.unexpected,
    names: (r.suites ?? []).flatMap((s) => playwrightFailures(s)),
  }));
}

const summary = [...broken.map((b) => `step failed: ${b}`), ...failures.map((f) => `test failed: ${f}`)];
writeFileSync(path.join(reports, "failures.txt"), summary.length ? `${summary.join("\n")}\n` : "");
if (summary.length) process.stdout.write(`\n${summary.join("\n")}\n`);
if (broken.length && totals.failed === 0) totals.failed = 1; // a failed lint/build step counts as a failure
process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed\n`);
process.exit(broken.length ? 1 : 0);
