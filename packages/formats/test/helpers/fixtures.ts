import { readFileSync } from "node:fs";
import { expect } from "vitest";
import type { ParseOutcome, ParsedPaper } from "../../src/types.ts";

export function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8");
}

/** The papers of successful outcomes, failing the test with the errors if any outcome failed. */
export function papersOf(outcomes: ParseOutcome[]): ParsedPaper[] {
  const failed = outcomes.filter((o) => !o.ok);
  expect(failed).toEqual([]);
  return outcomes.flatMap((o) => (o.ok ? [o.paper] : []));
}

/** Every parser contract that fuzzing checks: an array of well-formed outcomes. */
export function expectWellFormed(outcomes: unknown): void {
  expect(Array.isArray(outcomes)).toBe(true);
  for (const o of outcomes as ParseOutcome[]) {
    expect(typeof o.ref).toBe("string");
    if (o.ok) {
      expect(o.paper.title.trim()).not.toBe("");
      expect(o.paper.title).toBe(o.paper.title.replace(/\s+/g, " ").trim());
      expect(Array.isArray(o.paper.authors)).toBe(true);
      expect(o.paper.contentHash).toMatch(/^[0-9a-f]{64}$/);
    } else {
      expect(o.error.trim().length).toBeGreaterThan(3);
    }
  }
}
