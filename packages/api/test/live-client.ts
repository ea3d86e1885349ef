import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { createTRPCClient, httpLink, httpSubscriptionLink, splitLink } from "@trpc/client";
import { EventSource } from "eventsource";
import superjson from "superjson";
import type { AppRouter } from "../src/root.ts";

// Starting API instances (test/live-server.ts) as child processes, and tRPC clients for them: queries and
// mutations over HTTP, subscriptions over SSE with httpSubscriptionLink — the web client's own links.

export interface Instance {
  url: string;
  process: ChildProcess;
  stop: () => Promise<void>;
  listeners: (topic: string) => Promise<number>;
}

const root = path.resolve(import.meta.dirname, "../../..");

/** `env` overrides the test process's variables (e.g. DATABASE_URL through a proxy that can be cut). */
export async function startInstance(env: Record<string, string> = {}): Promise<Instance> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "packages/api/test/live-server.ts")], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening (\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.once("exit", (code) => reject(new Error(`API instance exited with ${code}`)));
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    process: child,
    listeners: async (topic) => Number(await (await fetch(`${url}/listeners?topic=${encodeURIComponent(topic)}`)).text()),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

export function clientFor(instance: Instance, userId: string | null) {
  const headers: Record<string, string> = userId ? { "x-test-user": userId } : {};
  const url = `${instance.url}/api/trpc`;
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === "subscription",
        true: httpSubscriptionLink({
          url,
          transformer: superjson,
          EventSource,
          eventSourceOptions: { fetch: (input, init) => fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), ...headers } }) },
        }),
        false: httpLink({ url, transformer: superjson, headers }),
      }),
    ],
  });
}
