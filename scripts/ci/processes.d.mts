export function cmdline(pid: number): string;
export function childPids(pid: number): number[];
export function processesMentioning(needle: string, where?: "cmdline" | "any"): { pid: number; cmdline: string }[];
