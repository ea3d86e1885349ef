// Looking at processes through Linux /proc, for the smoke and the fault suite (Node built-ins only: the
// smoke runs before anything is installed).
import { readdirSync, readFileSync } from "node:fs";

/** A process's command line, or "" when it is gone. */
export function cmdline(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return "";
  }
}

/** Direct children of `pid`. */
export function childPids(pid) {
  return readdirSync("/proc")
    .filter((p) => /^\d+$/.test(p))
    .map(Number)
    .filter((p) => {
      try {
        return readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1]?.split(" ")[1] === String(pid);
      } catch {
        return false;
      }
    });
}

/**
 * Processes (other than this one) whose command line, or (with where "any") environment, mentions
 * `needle`: what a run with its own data directory or ports left behind.
 */
export function processesMentioning(needle, where = "any") {
  const found = [];
  for (const entry of readdirSync("/proc").filter((p) => /^\d+$/.test(p) && Number(p) !== process.pid)) {
    try {
      const line = readFileSync(`/proc/${entry}/cmdline`, "utf8").replaceAll("\0", " ");
      const environ = where === "any" ? readFileSync(`/proc/${entry}/environ`, "utf8") : "";
      if (line.includes(needle) || environ.includes(needle)) found.push({ pid: Number(entry), cmdline: line.slice(0, 200) });
    } catch {
      // gone, or not readable
    }
  }
  return found;
}
