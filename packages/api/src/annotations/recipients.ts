import type { Db } from "@commonplace/db";
import { extractMentions } from "@commonplace/formats/markdown";
import type { AnnotationSubject } from "../policy/can.ts";
import { Access } from "./access.ts";

// Who hears about an annotation. Everyone here is checked against the annotation's read rule first:
// a mention of someone who cannot see it creates nothing (no Mention row, no notification).

const MAX_MENTIONS = 20;

export async function canSee(db: Db, userId: string, a: AnnotationSubject): Promise<boolean> {
  return (await new Access(db, userId).decide("read", a)) === "allow";
}

/** Ids of people @mentioned in `body` who may read `a` (never its author). */
export async function mentionedReaders(db: Db, a: AnnotationSubject, body: string): Promise<string[]> {
  const handles = extractMentions(body).slice(0, MAX_MENTIONS);
  if (handles.length === 0) return [];
  const users = await db.user.findMany({ where: { handle: { in: handles }, id: { not: a.authorId } }, select: { id: true } });
  const out: string[] = [];
  for (const u of users) if (await canSee(db, u.id, a)) out.push(u.id);
  return out;
}

/** Of `userIds`, those who may read `a` (deduplicated, order kept). */
export async function readersAmong(db: Db, a: AnnotationSubject, userIds: (string | null | undefined)[]): Promise<string[]> {
  const out: string[] = [];
  for (const id of new Set(userIds.filter((x): x is string => !!x))) if (await canSee(db, id, a)) out.push(id);
  return out;
}
