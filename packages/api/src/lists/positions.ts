import { generateKeyBetween } from "fractional-indexing";

// Item order is a fractional index (base-62 keys compared as plain strings, code unit by code unit).
// PostgreSQL's default collation may order such strings differently, so SQL that compares positions
// says COLLATE "C", and sorting in JS uses comparePositions — never localeCompare.

export const comparePositions = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A key strictly between lo and hi (null = open end). */
export function positionBetween(lo: string | null, hi: string | null): string {
  return generateKeyBetween(lo, hi);
}

export type MoveTarget = { afterId: string | null } | { beforeId: string | null };

/**
 * Where a moved item lands among the others (already sorted, the moved item excluded): right after
 * `afterId` (null: to the top), or right before `beforeId` (null: to the end). Returns null when the
 * anchor is not in the list (someone removed it meanwhile).
 */
export function positionFor(others: readonly { id: string; position: string }[], target: MoveTarget): string | null {
  if ("afterId" in target) {
    const i = target.afterId === null ? -1 : others.findIndex((o) => o.id === target.afterId);
    if (target.afterId !== null && i < 0) return null;
    return positionBetween(others[i]?.position ?? null, others[i + 1]?.position ?? null);
  }
  const i = target.beforeId === null ? others.length : others.findIndex((o) => o.id === target.beforeId);
  if (target.beforeId !== null && i < 0) return null;
  return positionBetween(others[i - 1]?.position ?? null, others[i]?.position ?? null);
}
