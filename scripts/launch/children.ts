import { spawn, type ChildProcess } from "node:child_process";
import type { Running } from "./keeper.ts";

export interface Child {
  name: string;
  process: ChildProcess;
  exited: Promise<number | null>;
}

/**
 * Spawns a long-running child in its own process group (so a terminal Ctrl-C reaches only the launcher,
 * which then stops children in order) and prefixes its output lines with its name.
 */
export function startChild(name: string, [command, ...args]: string[], options: { cwd: string; env: Record<string, string> }): Child {
  const child = spawn(command!, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  const prefix = (stream: NodeJS.WritableStream) => {
    let partial = "";
    return (chunk: Buffer) => {
      const lines = (partial + chunk.toString("utf8")).split("\n");
      partial = lines.pop() ?? "";
      for (const line of lines) stream.write(`[${name}] ${line}\n`);
    };
  };
  child.stdout?.on("data", prefix(process.stdout));
  child.stderr?.on("data", prefix(process.stderr));
  child.on("error", (error) => process.stderr.write(`[${name}] could not start: ${error.message}\n`));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { name, process: child, exited };
}

/** SIGTERM to the child's whole group, SIGKILL after the grace period. */
export async function stopChild(child: Child, graceMs = 10_000): Promise<void> {
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-child.process.pid!, sig);
    } catch {
      // already gone
    }
  };
  if (child.process.exitCode === null && child.process.signalCode === null) {
    signal("SIGTERM");
    const timer = setTimeout(() => signal("SIGKILL"), graceMs);
    await child.exited;
    clearTimeout(timer);
  }
  signal("SIGKILL"); // anything the child left behind in its group
}

/** A child as a Keeper's Running part. */
export function keptChild(name: string, command: string[], options: { cwd: string; env: Record<string, string> }): Running {
  const child = startChild(name, command, options);
  return { process: child.process, stop: () => stopChild(child) };
}
