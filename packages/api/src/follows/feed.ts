import type { Db, Prisma } from "@commonplace/db";
import { renderMarkdown } from "@commonplace/formats/markdown";
import { publicAnnotationsWhere, publicListsWhere } from "../policy/public.ts";
import { publicPersonSelect, type PublicPerson } from "../profiles/views.ts";

// The "Following" feed: public activity (Activity.isPublic) of the people and public teams someone
// follows. isPublic was computed when the row was written; what it points at is re-checked now, so a
// list made private later, or an annotation deleted or re-scoped, disappears from the feed too.

export interface FollowingEntry {
  id: string;
  verb: string;
  actor: PublicPerson;
  team: { slug: string; name: string } | null;
  list: { id: string; title: string } | null;
  paper: { id: string; title: string } | null;
  annotation: { id: string; quote: string | null; bodyHtml: string } | null;
  /** The few data fields a sentence needs (status change, import count, a public item's note). */
  detail: { to: string | null; count: number | null; note: string | null };
  createdAt: Date;
}

/** Rows fetched per round while filling a page (re-checks may drop some). */
const ROUNDS = 4;

async function followed(db: Db, userId: string) {
  const [people, teams] = await Promise.all([
    db.userFollow.findMany({ where: { followerId: userId }, select: { followeeId: true } }),
    db.teamFollow.findMany({ where: { followerId: userId, team: { isPublic: true } }, select: { teamId: true } }),
  ]);
  return { userIds: people.map((p) => p.followeeId), teamIds: teams.map((t) => t.teamId) };
}

type Row = Prisma.ActivityGetPayload<{
  include: { actor: { select: typeof publicPersonSelect }; team: { select: { slug: true; name: true; isPublic: true } } };
}>;

/** Keeps the rows whose list and annotation are public now, and shapes them. */
async function present(db: Db, rows: Row[]): Promise<FollowingEntry[]> {
  const ids = (pick: (r: Row) => string | null) => [...new Set(rows.flatMap((r) => (pick(r) ? [pick(r)!] : [])))];
  const [lists, annotations, papers] = await Promise.all([
    db.readingList.findMany({ where: publicListsWhere({ id: { in: ids((r) => r.listId) } }), select: { id: true, title: true } }),
    db.annotation.findMany({ where: publicAnnotationsWhere({ id: { in: ids((r) => r.annotationId) } }), select: { id: true, quote: true, body: true } }),
    db.paper.findMany({ where: { id: { in: ids((r) => r.paperId) } }, select: { id: true, title: true } }),
  ]);
  const listById = new Map(lists.map((l) => [l.id, l]));
  const annotationById = new Map(annotations.map((a) => [a.id, a]));
  const paperById = new Map(papers.map((p) => [p.id, p]));
  const text = (v: unknown) => (typeof v === "string" ? v : null);
  return rows
    .filter((r) => (!r.listId || listById.has(r.listId)) && (!r.annotationId || annotationById.has(r.annotationId)) && (r.listId || r.annotationId))
    .map((r) => {
      const data = (r.data && typeof r.data === "object" && !Array.isArray(r.data) ? r.data : {}) as Record<string, unknown>;
      const a = r.annotationId ? annotationById.get(r.annotationId)! : null;
      return {
        id: String(r.id),
        verb: r.verb,
        actor: r.actor,
        createdAt: r.createdAt,
        team: r.team?.isPublic ? { slug: r.team.slug, name: r.team.name } : null,
        list: r.listId ? listById.get(r.listId)! : null,
        paper: r.paperId ? (paperById.get(r.paperId) ?? null) : null,
        annotation: a ? { id: a.id, quote: a.quote, bodyHtml: renderMarkdown(a.body) } : null,
        detail: { to: text(data.to), count: typeof data.count === "number" ? data.count : null, note: r.listId ? text(data.note) : null },
      };
    });
}

export async function followingFeed(
  db: Db,
  userId: string,
  input: { cursor?: string; limit: number },
): Promise<{ entries: FollowingEntry[]; nextCursor: string | null; followsAnyone: boolean }> {
  const { userIds, teamIds } = await followed(db, userId);
  if (userIds.length === 0 && teamIds.length === 0) return { entries: [], nextCursor: null, followsAnyone: false };
  const entries: FollowingEntry[] = [];
  let cursor = input.cursor ? BigInt(input.cursor) : null;
  let exhausted = false;
  for (let round = 0; round < ROUNDS && entries.length < input.limit && !exhausted; round++) {
    const want = input.limit - entries.length;
    const rows = await db.activity.findMany({
      where: {
        isPublic: true,
        OR: [...(userIds.length ? [{ actorId: { in: userIds } }] : []), ...(teamIds.length ? [{ teamId: { in: teamIds } }] : [])],
        ...(cursor !== null ? { id: { lt: cursor } } : {}),
      },
      orderBy: { id: "desc" },
      take: want + 1,
      include: { actor: { select: publicPersonSelect }, team: { select: { slug: true, name: true, isPublic: true } } },
    });
    exhausted = rows.length <= want;
    const page = rows.slice(0, want);
    if (page.length > 0) cursor = page[page.length - 1]!.id;
    entries.push(...(await present(db, page)));
  }
  return { entries, nextCursor: exhausted || cursor === null ? null : String(cursor), followsAnyone: true };
}
