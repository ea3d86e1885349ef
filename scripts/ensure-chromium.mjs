// End-to-end tests drive Debian's Chromium (Playwright's own browser download is not possible here).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { step } from "./ensure-deps.mjs";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function ensureChromium() {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  step("Installing Chromium from Debian's packages (apt-get install chromium) …");
  const run = (args) => spawnSync("apt-get", args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  if (run(["update", "-qq"]).status !== 0 || run(["install", "-y", "-qq", "chromium"]).status !== 0 || !existsSync(CHROMIUM)) {
    process.stderr.write(`Could not install Chromium. Install Debian's "chromium" package or set CHROMIUM_PATH.\n`);
    process.exit(1);
  }
  return CHROMIUM;
}
