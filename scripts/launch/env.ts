import path from "node:path";
import { concerns, launcherSchema, parseConfigOrExit, type LauncherConfig } from "@commonplace/config";

/** The launcher's configuration (npm start / npm run dev / the one-off commands), validated at boot. */
export type LaunchEnv = LauncherConfig & { dataDir: string };

export function launchEnv(root: string): LaunchEnv {
  const config = parseConfigOrExit("launcher", launcherSchema, process.env);
  return { ...config, dataDir: path.resolve(root, config.DATA_DIR) };
}

/**
 * Variables passed through to the web app and worker untouched: every setting of the concerns the launcher
 * does not decide itself (mail, OAuth, proxies, limits, ingest and outbox tuning), and the OS's own.
 */
export function passthroughEnv(): Record<string, string> {
  const { mail, oauth, proxy, uploads, ingest, outbox } = concerns;
  const keys = [...Object.keys({ ...mail, ...oauth, ...proxy, ...uploads, ...ingest, ...outbox }), "PATH", "HOME", "NODE_OPTIONS", "TMPDIR", "LANG"];
  return Object.fromEntries(keys.flatMap((k) => (process.env[k] ? [[k, process.env[k]!]] : [])));
}
