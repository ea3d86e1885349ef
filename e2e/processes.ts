import { processesMentioning as find } from "../scripts/ci/processes.mjs";

/** Processes (other than this one) whose command line or environment mentions `needle`, as "pid: cmdline". */
export function processesMentioning(needle: string): string[] {
  return find(needle).map((p) => `${p.pid}: ${p.cmdline.slice(0, 120)}`);
}
