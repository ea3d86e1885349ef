import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { freePort } from "@commonplace/embedded";
import { WEB_NODE_OPTIONS } from "@commonplace/worker/heap";
import { build } from "../../scripts/launch/build.ts";
import { BENCH_DIR, pidsWhere, procStatusKb } from "./proc.ts";

// The production web app for page benches: the built app behind apps/web/server.mjs (as npm start runs it) on a free port, configured like
// the launcher configures it (scripts/launch/main.ts), and the shared web lock every build/serve holds.

const ROOT = path.resolve(BENCH_DIR, "..");
export const WEB_LOCK = "/tmp/web.lock";
/** The lock every other build of apps/web takes (the e2e build, `npm start`'s in a shared checkout): held too. */
export const BUILD_LOCK = "/tmp/cp-build.lock";

/**
 * Wait for the shared web lock (concurrent builds of apps/web/.next break each other) and hold it until
 * release(). The lock is held by a `flock … cat` child reading our stdin: if this process dies, the pipe
 * closes, `cat` exits and the lock is released — it can never outlive the bench.
 */
export async function holdWebLock(log: (s: string) => void = console.log): Promise<{ release(): Promise<void> }> {
  const started = performance.now();
  // Always web lock first, then the build lock: the order everyone else who takes both uses (no deadlock).
  log(`waiting for ${WEB_LOCK} and ${BUILD_LOCK} …`);
  const child = spawn("flock", [WEB_LOCK, "flock", BUILD_LOCK, "sh", "-c", "echo locked; exec cat >/dev/null"], { stdio: ["pipe", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once("data", () => resolve());
    child.once("exit", (code) => reject(new Error(`flock exited (${code}) before taking the lock`)));
  });
  log(`  holding ${WEB_LOCK} and ${BUILD_LOCK} (waited ${((performance.now() - started) / 1000).toFixed(0)} s)`);
  return {
    async release() {
      const exited = new Promise((r) => child.once("exit", r));
      child.stdin!.end();
      await exited;
    },
  };
}

/** Pids of running `next build` processes (one that outlived its lock holder makes ours fail at once). */
function runningNextBuilds(): number[] {
  return pidsWhere((cmd) => /next(?:\.js)?\0build\b/.test(cmd));
}

/**
 * Prisma client + `next build` through turbo, exactly as `npm start` builds (cached when nothing changed).
 * Waits (up to 15 min) for a stray `next build` to finish first, and retries once if the build still fails.
 */
export async function buildWebApp(log: (s: string) => void = console.log): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const deadline = Date.now() + 15 * 60_000;
    while (runningNextBuilds().length && Date.now() < deadline) {
      log(`  another next build is running (pid ${runningNextBuilds().join(", ")}); waiting …`);
      await new Promise((r) => setTimeout(r, 15_000));
    }
    try {
      await build(ROOT).done;
      return;
    } catch (error) {
      if (attempt >= 2) throw error;
      log("  the build failed; retrying once in 30 s …");
      await new Promise((r) => setTimeout(r, 30_000));
    }
  }
}

export interface WebApp {
  base: string;
  /** Resident memory of the web process and all its descendants, in kB. */
  rssKb(): number;
  stop(): Promise<void>;
}

function descendants(pid: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may contain spaces, so split after the last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  const out: number[] = [];
  const walk = (p: number) => {
    for (const c of parents.get(p) ?? []) {
      out.push(c);
      walk(c);
    }
  };
  walk(pid);
  return out;
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the web server exited (${child.exitCode})`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  throw new Error(`the web server did not answer ${url} within ${timeoutMs / 1000} s`);
}

/** The web server (apps/web/server.mjs) on the existing build (call under the web lock), environment as the launcher gives it. */
export async function startWebApp(env: Record<string, string>): Promise<WebApp> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const childEnv: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...env,
    APP_URL: base,
    NEXTAUTH_URL: base,
    NEXTAUTH_SECRET: env.AUTH_SECRET,
    PORT: String(port),
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    // The heap cap the launcher gives the production web process (apps/worker/src/heap.ts), unless the caller sets NODE_OPTIONS.
    NODE_OPTIONS: env.NODE_OPTIONS ?? WEB_NODE_OPTIONS,
  };
  // The production web process, as npm start and the container run it: Next behind apps/web/server.mjs.
  const child = spawn(process.execPath, ["server.mjs", "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: path.join(ROOT, "apps/web"),
    env: childEnv,
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  // Last resort if the bench dies (Ctrl-C, an exception): the web server lives in its own process group.
  const killGroup = () => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // gone
    }
  };
  process.once("exit", killGroup);
  const stop = async () => {
    process.off("exit", killGroup);
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      return;
    }
    const timer = setTimeout(killGroup, 5000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitForHttp(`${base}/api/health`, child, 120_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    base,
    rssKb: () => [child.pid!, ...descendants(child.pid!)].reduce((sum, pid) => sum + (procStatusKb(pid, "VmRSS") ?? 0), 0),
    stop,
  };
}
