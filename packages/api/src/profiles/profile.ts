import type { Db } from "@commonplace/db";
import { renderMarkdown } from "@commonplace/formats/markdown";
import { countsFor, listInclude, toSummary, type ListSummary } from "../lists/views.ts";
import { countPublicAnnotations, publicAnnotationsOf } from "./annotations.ts";
import { publicListsWhere } from "../policy/public.ts";
import type { ProfileView } from "./views.ts";

// A person's public profile. `loadPublicProfile` is the one loader for every public surface of a person
// (the /u/<handle> page, its metadata and JSON-LD, and the person's RSS/Atom feed).

const LISTS_SHOWN = 24;
const ANNOTATIONS_SHOWN = 10;

export const HANDLE_MAX = 64;

/** The person's own PUBLIC lists (not team lists), newest change first, with item counts. */
export async function publicListsOf(
  db: Db,
  where: { ownerId: string; teamId: null } | { teamId: string },
  take = LISTS_SHOWN,
): Promise<{ lists: ListSummary[]; total: number }> {
  const filter = publicListsWhere(where);
  const [rows, total] = await Promise.all([
    db.readingList.findMany({ where: filter, include: listInclude, orderBy: { updatedAt: "desc" }, take }),
    db.readingList.count({ where: filter }),
  ]);
  const counts = await countsFor(
    db,
    rows.map((r) => r.id),
  );
  return { lists: rows.map((r) => toSummary(r, counts.get(r.id))), total };
}

/** Distinct papers marked READ on the person's own PUBLIC lists (reading status elsewhere is not public). */
async function papersReadPublicly(db: Db, userId: string): Promise<number> {
  const rows = await db.readingListItem.findMany({
    where: { status: "READ", list: publicListsWhere({ ownerId: userId, teamId: null }) },
    distinct: ["paperId"],
    select: { paperId: true },
  });
  return rows.length;
}

/** How the signed-in reader relates to the person (null for visitors): kept apart from the public profile it joins. */
export async function viewerRelation(db: Db, userId: string, viewerId: string | null): Promise<ProfileView["viewer"]> {
  if (!viewerId) return null;
  if (viewerId === userId) return { isSelf: true, following: false };
  const follows = await db.userFollow.findUnique({
    where: { followerId_followeeId: { followerId: viewerId, followeeId: userId } },
    select: { createdAt: true },
  });
  return { isSelf: false, following: Boolean(follows) };
}

export async function loadPublicProfile(db: Db, handle: string, viewerId: string | null): Promise<ProfileView | null> {
  const user = await db.user.findUnique({
    where: { handle: handle.trim().toLowerCase().slice(0, HANDLE_MAX) },
    select: { id: true, handle: true, name: true, avatarUrl: true, bio: true, website: true, orcid: true, github: true, createdAt: true },
  });
  if (!user) return null;
  const [lists, annotations, annotationCount, papersRead, teams, followers, following, viewer] = await Promise.all([
    publicListsOf(db, { ownerId: user.id, teamId: null }),
    publicAnnotationsOf(db, user.id, { take: ANNOTATIONS_SHOWN }),
    countPublicAnnotations(db, user.id),
    papersReadPublicly(db, user.id),
    db.membership.findMany({
      where: { userId: user.id, team: { isPublic: true } },
      select: { team: { select: { id: true, slug: true, name: true, description: true, _count: { select: { memberships: true } } } } },
      orderBy: { team: { name: "asc" } },
      take: 50,
    }),
    db.userFollow.count({ where: { followeeId: user.id } }),
    db.userFollow.count({ where: { followerId: user.id } }),
    viewerRelation(db, user.id, viewerId),
  ]);
  return {
    user: {
      id: user.id,
      handle: user.handle,
      name: user.name,
      avatarUrl: user.avatarUrl,
      bio: user.bio,
      bioHtml: user.bio ? renderMarkdown(user.bio) : null,
      website: user.website,
      orcid: user.orcid,
      github: user.github,
      joinedAt: user.createdAt,
    },
    stats: { publicLists: lists.total, papersRead, annotations: annotationCount, followers, following },
    lists: lists.lists,
    annotations,
    teams: teams.map(({ team: t }) => ({ id: t.id, slug: t.slug, name: t.name, description: t.description, memberCount: t._count.memberships })),
    viewer,
  };
}
