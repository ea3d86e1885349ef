import type { ChildProcess } from "node:child_process";

/** Something the launcher keeps running: started, watched, restarted when its process dies. */
export interface Running {
  process: ChildProcess;
  stop(): Promise<void>;
}

export interface KeeperHooks {
  say(message: string): void;
  warn(message: string): void;
  /** A process group started (pgid) and the signal that stops it gently; the reaper tracks it. */
  track(pgid: number, signal: NodeJS.Signals): void;
  untrack(pgid: number): void;
  /** The part kept crashing: the launcher stops everything. */
  giveUp(message: string): void;
}

/** Crashes allowed in the window before the launcher gives up; the restart delay doubles up to the cap. */
export const CRASH_LIMIT = 5;
export const CRASH_WINDOW_MS = 120_000;
export const RESTART_DELAYS = { firstMs: 1_000, maxMs: 30_000 };

export function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `killed by ${signal}` : `exit code ${code}`;
}

/**
 * Supervises one part like a process manager: when its process exits while the launcher is not stopping,
 * the crash is logged with its exit reason and the part is restarted after a backoff; CRASH_LIMIT crashes
 * within CRASH_WINDOW_MS make the launcher stop everything, naming the part.
 */
export class Keeper {
  private current: Running | undefined;
  private crashes: number[] = [];
  private stopping = false;
  private timer: NodeJS.Timeout | undefined;
  restarts = 0;

  constructor(
    readonly name: string,
    private readonly launch: () => Promise<Running>,
    private readonly hooks: KeeperHooks,
    private readonly stopSignal: NodeJS.Signals = "SIGTERM",
    private readonly delays = RESTART_DELAYS,
  ) {}

  get pid(): number | undefined {
    return this.current?.process.pid;
  }

  async start(): Promise<void> {
    const running = await this.launch();
    if (this.stopping) {
      await running.stop();
      return;
    }
    this.current = running;
    const pid = running.process.pid!;
    this.hooks.track(pid, this.stopSignal);
    running.process.once("exit", (code, signal) => {
      this.hooks.untrack(pid);
      if (this.current === running) this.current = undefined;
      if (!this.stopping) this.crashed(describeExit(code, signal));
    });
  }

  private crashed(reason: string): void {
    const now = Date.now();
    this.crashes = [...this.crashes.filter((t) => now - t < CRASH_WINDOW_MS), now];
    if (this.crashes.length >= CRASH_LIMIT) {
      this.hooks.giveUp(
        `The ${this.name} kept failing (${this.crashes.length} crashes in ${CRASH_WINDOW_MS / 1000} s, the last: ${reason}); stopping everything.`,
      );
      return;
    }
    const delay = Math.min(this.delays.maxMs, this.delays.firstMs * 2 ** (this.crashes.length - 1));
    this.hooks.warn(
      `✗ The ${this.name} stopped unexpectedly (${reason}); restarting it in ${delay / 1000} s (crash ${this.crashes.length} of ${CRASH_LIMIT} allowed in ${CRASH_WINDOW_MS / 1000} s).`,
    );
    this.timer = setTimeout(() => void this.restart(), delay);
  }

  private async restart(): Promise<void> {
    if (this.stopping) return;
    try {
      await this.start();
      this.restarts += 1;
      this.hooks.say(`The ${this.name} is running again (restart ${this.restarts}).`);
    } catch (error) {
      this.crashed(`restart failed: ${(error as Error).message.split("\n")[0]}`);
    }
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.timer);
    await this.current?.stop();
  }
}
