import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";

// RESULTS.md is made of sections between `<!-- bench:<id> -->` and `<!-- /bench:<id> -->` markers; a run replaces
// the sections it produced and leaves the rest (hand-written notes included) alone.

export const RESULTS = path.join(import.meta.dirname, "..", "RESULTS.md");

export function upsertSection(doc: string, id: string, body: string): string {
  const begin = `<!-- bench:${id} -->`;
  const end = `<!-- /bench:${id} -->`;
  const block = `${begin}\n${body.trim()}\n${end}`;
  const i = doc.indexOf(begin);
  const j = doc.indexOf(end);
  if (i >= 0 && j > i) return doc.slice(0, i) + block + doc.slice(j + end.length);
  return `${doc.trimEnd()}\n\n${block}\n`;
}

/** Rewrites one section of bench/RESULTS.md in place. */
export async function writeSection(id: string, body: string): Promise<void> {
  await writeFile(RESULTS, upsertSection(await readFile(RESULTS, "utf8"), id, body));
}
