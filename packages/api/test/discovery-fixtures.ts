import type { AnnotationVisibility, Visibility } from "@commonplace/db";
import { db } from "../src/lib/services.ts";
import { paper, unique, type Person } from "./fixtures.ts";

// Test rows for discovery: papers dated where a test wants them, and activity written directly with its
// own timestamps (the trending window is about when things happened).

export async function datedPaper(publishedAt: Date | null, title = `Dated ${unique()}`) {
  const p = await paper(title);
  return db().paper.update({ where: { id: p.id }, data: { publishedAt } });
}

export async function upvoteAt(userId: string, paperId: string, at: Date) {
  await db().upvote.create({ data: { userId, paperId, createdAt: at } });
  await db().paper.update({ where: { id: paperId }, data: { upvoteCount: { increment: 1 } } });
}

export async function listWith(owner: Person, paperId: string, visibility: Visibility, at: Date, teamId?: string) {
  return db().readingList.create({
    data: {
      title: `List ${unique()}`,
      visibility,
      createdById: owner.id,
      ...(teamId ? { teamId } : { ownerId: owner.id }),
      items: { create: { paperId, position: "a0", addedById: owner.id, createdAt: at } },
    },
  });
}

export async function annotationAt(
  author: Person,
  paperId: string,
  at: Date,
  scope: { visibility: AnnotationVisibility; teamId?: string; listId?: string; deleted?: boolean },
) {
  return db().annotation.create({
    data: {
      paperId,
      authorId: author.id,
      body: "A note",
      quote: "text",
      start: 0,
      end: 4,
      visibility: scope.visibility,
      teamId: scope.teamId ?? null,
      listId: scope.listId ?? null,
      createdAt: at,
      deletedAt: scope.deleted ? at : null,
    },
  });
}
