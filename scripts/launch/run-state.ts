import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { LaunchError } from "./launch-error.ts";

/**
 * DATA_DIR/launcher.json: the launcher's pid and the process groups it started. A next `npm start` on the
 * same data directory reads it: a live launcher there is an error (two launchers on one data directory);
 * groups left by a launcher that died are stopped before anything starts, so its own leftovers never
 * cause "port in use".
 */
interface State {
  launcher: number;
  groups: Record<string, NodeJS.Signals>;
}

const alive = (pgid: number) => {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
};

function isLauncher(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("scripts/start.mjs");
  } catch {
    return false;
  }
}

export class RunState {
  private readonly file: string;
  private readonly state: State = { launcher: process.pid, groups: {} };

  constructor(dataDir: string) {
    this.file = path.join(dataDir, "launcher.json");
  }

  /** Stops what a dead launcher of this data directory left running; refuses when one is still alive. */
  async takeOver(say: (message: string) => void): Promise<void> {
    if (!existsSync(this.file)) return;
    let previous: State;
    try {
      previous = JSON.parse(readFileSync(this.file, "utf8")) as State;
    } catch {
      return; // torn write of a dying launcher: nothing reliable to act on
    }
    if (previous.launcher !== process.pid && isLauncher(previous.launcher)) {
      throw new LaunchError(
        `Commonplace is already running on this data directory (launcher pid ${previous.launcher}). Stop it first (Ctrl-C in its terminal, or kill ${previous.launcher}).`,
      );
    }
    const leftovers = Object.entries(previous.groups)
      .map(([pgid, signal]) => [Number(pgid), signal] as const)
      .filter(([pgid]) => alive(pgid));
    if (!leftovers.length) return;
    say(`Stopping ${leftovers.length} process(es) left running by an earlier start that did not stop cleanly …`);
    for (const [pgid, signal] of leftovers) process.kill(-pgid, signal);
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline && leftovers.some(([pgid]) => alive(pgid))) await new Promise((r) => setTimeout(r, 100));
    for (const [pgid] of leftovers) if (alive(pgid)) process.kill(-pgid, "SIGKILL");
    while (leftovers.some(([pgid]) => alive(pgid))) await new Promise((r) => setTimeout(r, 100));
  }

  add(pgid: number, signal: NodeJS.Signals): void {
    this.state.groups[pgid] = signal;
    this.write();
  }

  remove(pgid: number): void {
    delete this.state.groups[pgid];
    this.write();
  }

  clear(): void {
    try {
      rmSync(this.file, { force: true });
    } catch {
      // DATA_DIR itself was unusable: there is nothing to clear
    }
  }

  private write(): void {
    writeFileSync(this.file, JSON.stringify(this.state));
  }
}
