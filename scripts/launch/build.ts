import { spawn } from "node:child_process";
import { webBuild } from "../web-build.mjs";
import { LaunchError } from "./launch-error.ts";

/**
 * Prisma client + Next.js production build through turbo (cached: a second start skips unchanged work).
 * Asynchronous, so a Ctrl-C during the build is handled at once and nothing is started after it.
 */
export function build(root: string): { pid: number; done: Promise<void>; abort: () => void } {
  const child = spawn(webBuild.command, webBuild.args, {
    cwd: root,
    stdio: "inherit",
    detached: true, // its own group: the reaper stops it with the launcher; Ctrl-C stops it through abort()
    env: { ...process.env, ...webBuild.env },
  });
  let aborted = false;
  const done = new Promise<void>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 || aborted ? resolve() : reject(new LaunchError("The build failed; see the output above."))));
  });
  return {
    pid: child.pid!,
    done,
    abort: () => {
      aborted = true;
      try {
        process.kill(-child.pid!, "SIGINT");
      } catch {
        // finished already
      }
    },
  };
}
