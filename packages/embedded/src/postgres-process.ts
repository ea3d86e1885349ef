import { spawn, type ChildProcess } from "node:child_process";
import type { RunAs } from "./postgres-access.ts";

export async function spawnServer(
  binary: string,
  user: RunAs,
  dataDir: string,
  port: number,
  flags: string[],
  onLog?: (line: string) => void,
): Promise<ChildProcess> {
  const child = spawn(binary, ["-D", dataDir, "-p", String(port), "-c", "lc_messages=C", ...flags], {
    ...user,
    cwd: "/",
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      const text = chunk.toString("utf8");
      output += text;
      onLog?.(text);
      if (text.includes("ready to accept connections")) resolve();
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`postgres exited with code ${code}: ${output.slice(-2000)}`)));
    child.once("error", reject);
  });
  return child;
}

/** Fast shutdown (SIGINT), then SIGKILL if it has not exited after graceMs. */
export async function stopServer(child: ChildProcess, graceMs = 15_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGINT");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}
