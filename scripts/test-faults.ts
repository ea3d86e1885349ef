// npm run test:faults: build (as npm start would), then the fault suite (vitest.faults.config.ts).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { webBuild } from "./web-build.mjs";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name: string) => path.join(root, "node_modules/.bin", name);
const env = { ...process.env, ...webBuild.env };
const build = spawnSync(webBuild.command, webBuild.args, { cwd: root, stdio: "inherit", env });
if (build.status !== 0) process.exit(build.status ?? 1);
const tests = spawnSync(bin("vitest"), ["run", "--config", "vitest.faults.config.ts", ...process.argv.slice(2)], { cwd: root, stdio: "inherit", env });
process.exit(tests.status ?? 1);
