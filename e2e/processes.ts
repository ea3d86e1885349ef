import { readdirSync, readFileSync } from "node:fs";

/** Processes (other than this one) whose command line or environment mentions `needle` (Linux /proc). */
export function processesMentioning(needle: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p) && Number(p) !== process.pid)) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
      const environ = readFileSync(`/proc/${pid}/environ`, "utf8");
      if (cmdline.includes(needle) || environ.includes(needle)) found.push(`${pid}: ${cmdline.slice(0, 120)}`);
    } catch {
      // gone or not ours
    }
  }
  return found;
}
