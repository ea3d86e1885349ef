import { spawnSync } from "node:child_process";
import path from "node:path";

/** Prisma client + Next.js production build through turbo (cached: a second start skips unchanged work). */
export function build(root: string): void {
  const result = spawnSync(path.join(root, "node_modules/.bin/turbo"), ["run", "build", "--filter=@commonplace/web...", "--output-logs=errors-only"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", TURBO_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error("The build failed; see the output above.");
}
