import { spawnTs } from "./proc.ts";

// Start lib/rest-server.ts (REST v1 behind node:http) in its own process; resolves once it listens.

export interface RestServer {
  base: string;
  /** The host process (its resident memory is what a web instance's search path costs). */
  pid: number;
  stop(): Promise<void>;
}

export async function startRestServer(env: Record<string, string>): Promise<RestServer> {
  // LOG_LEVEL info: a log line per request, as the production route writes (to /dev/null here).
  const child = spawnTs("lib/rest-server.ts", [], { LOG_LEVEL: "info", ...env }, { stdio: "ignore" });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("message", (m) => resolve((m as { port: number }).port));
    child.once("exit", (code) => reject(new Error(`REST server exited (${code})`)));
  });
  return {
    base: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    async stop() {
      const exited = new Promise((r) => child.once("exit", r));
      child.disconnect();
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
