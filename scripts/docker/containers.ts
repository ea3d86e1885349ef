import { spawn, spawnSync } from "node:child_process";
import { createWriteStream } from "node:fs";
import { run } from "./engine.ts";

/**
 * `docker build` with the build's output in LOG and its step lines on stdout. `--network host`: the build's
 * `npm ci` reaches the registry the way this machine does; the registry and any extra certificate
 * authorities come from this machine's npm configuration.
 */
export async function buildImage(context: string, tag: string, npm: { registry: string; extraCa: string }, log: string): Promise<void> {
  const proxies = ["HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "no_proxy"].filter((k) => process.env[k]);
  const npmArgs = ["--build-arg", `NPM_CONFIG_REGISTRY=${npm.registry}`, ...(npm.extraCa ? ["--build-arg", `NPM_EXTRA_CA=${npm.extraCa}`] : [])];
  const args = ["build", "--network", "host", ...npmArgs, ...proxies.flatMap((k) => ["--build-arg", k]), "-t", tag, context];
  const out = createWriteStream(log);
  const child = spawn("docker", args, { stdio: ["ignore", "pipe", "pipe"] });
  let partial = "";
  let tail: string[] = [];
  const onData = (chunk: Buffer) => {
    out.write(chunk);
    const lines = (partial + chunk.toString("utf8")).split("\n");
    partial = lines.pop() ?? "";
    for (const line of lines) {
      if (/^(Step \d+\/\d+|#\d+ \[)/.test(line)) process.stdout.write(`  ${line.slice(0, 160)}\n`);
      tail = [...tail.slice(-39), line];
    }
  };
  child.stdout.on("data", onData);
  child.stderr.on("data", onData);
  const code = await new Promise<number | null>((resolve) => child.once("close", resolve));
  out.end();
  if (code !== 0) throw new Error(`docker build failed (exit ${code}); the last lines (whole log: ${log}):\n${tail.join("\n")}`);
}

export type Env = Record<string, string>;
// `-e NAME` takes the value from the docker client's environment: secrets stay off command lines and logs.
const envArgs = (env: Env) => Object.keys(env).flatMap((k) => ["-e", k]);
const clientEnv = (env: Env) => ({ ...process.env, ...env });

/** A one-off container (`docker run --rm`) on the host network; returns its stdout, throws on a non-zero exit. */
export function runOnce(image: string, env: Env, command: string[]): string {
  return run("docker", ["run", "--rm", "--network", "host", ...envArgs(env), image, ...command], { env: clientEnv(env) });
}

/** A long-running container on the host network, by name. */
export function startContainer(name: string, image: string, env: Env, command: string[]): void {
  run("docker", ["run", "-d", "--name", name, "--network", "host", ...envArgs(env), image, ...command], { env: clientEnv(env) });
}

export function inspect(name: string, format: string): string {
  return run("docker", ["inspect", "-f", format, name]).trim();
}

/** A running container's main process's environment variable (its /proc/1/environ). */
export function processEnv(name: string, variable: string): string | undefined {
  const environ = run("docker", ["exec", name, "cat", "/proc/1/environ"], { quiet: true });
  return environ
    .split("\0")
    .find((line) => line.startsWith(`${variable}=`))
    ?.slice(variable.length + 1);
}

export function logs(name: string, lines = 40): string {
  const result = spawnSync("docker", ["logs", "--tail", String(lines), name], { encoding: "utf8" });
  return `${result.stdout ?? ""}${result.stderr ?? ""}`.trim();
}

/** `docker stop` (SIGTERM, SIGKILL after GRACE seconds); returns the container's exit code. */
export function stopContainer(name: string, graceSeconds: number): string {
  run("docker", ["stop", "-t", String(graceSeconds), name]);
  return inspect(name, "{{.State.ExitCode}}");
}

export function removeContainer(name: string): void {
  spawnSync("docker", ["rm", "-f", name], { stdio: "ignore" });
}

/** The image's size in MB as the engine reports it (all layers, base included). */
export function imageSizeMb(image: string): number {
  return Math.round(Number(inspect(image, "{{.Size}}")) / 1e6);
}

export function pruneDanglingImages(): void {
  spawnSync("docker", ["image", "prune", "-f"], { stdio: "ignore" });
}
