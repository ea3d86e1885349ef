import { spawn } from "node:child_process";
import path from "node:path";

export interface Reaper {
  track(pgid: number, signal: NodeJS.Signals): void;
  untrack(pgid: number): void;
  /** Orderly shutdown finished: the reaper exits without stopping anything (resolves once it has, at most 5 s). */
  done(): Promise<void>;
}

/** Starts reaper.mjs detached (its own session: a closed terminal's SIGHUP does not reach it). */
export function startReaper(): Reaper {
  const child = spawn(process.execPath, [path.join(import.meta.dirname, "reaper.mjs")], { detached: true, stdio: ["pipe", "ignore", "ignore"] });
  child.unref();
  child.stdin.on("error", () => undefined); // the reaper died first: nothing to tell it
  (child.stdin as unknown as { unref?: () => void }).unref?.();
  const send = (line: string) => {
    if (!child.stdin.destroyed) child.stdin.write(`${line}\n`);
  };
  return {
    track: (pgid, signal) => send(`+${pgid} ${signal}`),
    untrack: (pgid) => send(`-${pgid}`),
    done: () => {
      const exited = new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        setTimeout(resolve, 5000);
      });
      send("done");
      child.stdin.end();
      return exited;
    },
  };
}
