// compose.yaml is validated, not run, here: its PostgreSQL and Meilisearch images cannot be pulled. `config`
// resolves and checks the whole file as `up` would read it (Compose v2's `docker compose`, else Debian's
// docker-compose), once with the secrets in a .env and once without them, which must fail naming one.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";

const SERVICES = ["meilisearch", "migrate", "postgres", "web", "worker"];

function composeCommand(): string[] {
  if (spawnSync("docker", ["compose", "version"], { stdio: "ignore" }).status === 0) return ["docker", "compose"];
  if (spawnSync("docker-compose", ["version"], { stdio: "ignore" }).status === 0) return ["docker-compose"];
  throw new Error("neither `docker compose` nor `docker-compose` is installed (apt-get install docker-compose)");
}

export function checkCompose(composeFile: string): string {
  const [command, ...prefix] = composeCommand();
  const dir = mkdtempSync(path.join(os.tmpdir(), "commonplace-compose-"));
  const config = (...args: string[]) =>
    spawnSync(command!, [...prefix, "--project-directory", dir, "-f", path.join(dir, "compose.yaml"), "config", ...args], { cwd: dir, encoding: "utf8" });
  try {
    copyFileSync(composeFile, path.join(dir, "compose.yaml"));
    writeFileSync(path.join(dir, ".env"), "");
    const refused = config("--quiet");
    if (refused.status === 0) throw new Error("compose config accepted a .env without POSTGRES_PASSWORD, MEILI_MASTER_KEY and AUTH_SECRET");
    if (!/POSTGRES_PASSWORD|MEILI_MASTER_KEY|AUTH_SECRET/.test(refused.stderr))
      throw new Error(`compose config failed without naming the missing secret: ${refused.stderr.trim()}`);
    const secret = (bytes: number) => randomBytes(bytes).toString("hex");
    writeFileSync(path.join(dir, ".env"), `POSTGRES_PASSWORD=${secret(12)}\nMEILI_MASTER_KEY=${secret(16)}\nAUTH_SECRET=${secret(32)}\n`);
    const services = config("--services");
    if (services.status !== 0) throw new Error(`compose config failed: ${services.stderr.trim()}`);
    const listed = services.stdout.trim().split("\n").sort();
    if (listed.join(",") !== SERVICES.join(",")) throw new Error(`services ${listed.join(", ")}; expected ${SERVICES.join(", ")}`);
    return `${[command, ...prefix].join(" ")} config: ${listed.join(", ")}; refuses a .env without secrets`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
