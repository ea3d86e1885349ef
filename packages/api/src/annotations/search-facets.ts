import { Prisma, type Db } from "@commonplace/db";
import type { PageOwner } from "./search.ts";
import type { Facets } from "./search-schemas.ts";

// The annotations page's filter choices (tags, papers, people, with counts) and the tag suggestions when tagging.
// Counted in SQL over a subset of what a member may read, never more: on a team's page, the team's own
// (TEAM-scope) annotations and the caller's own; list-scoped ones by others are left out rather than
// re-deciding each list here. On my page every row is mine.

const ownerRows = (o: PageOwner) =>
  o.kind === "mine"
    ? Prisma.sql`a."authorId" = ${o.userId} AND a."deletedAt" IS NULL`
    : Prisma.sql`a."teamId" = ${o.teamId} AND a."deletedAt" IS NULL AND ((a."listId" IS NULL AND a."visibility" = 'TEAM') OR a."authorId" = ${o.userId})`;

export async function tagFacet(db: Db, owner: PageOwner, limit = 200) {
  const rows = await db.$queryRaw<{ tag: string; count: bigint }[]>`
    SELECT t.tag, count(*) AS count FROM "Annotation" a, unnest(a."tags") AS t(tag)
    WHERE ${ownerRows(owner)} AND cardinality(a."tags") > 0
    GROUP BY t.tag ORDER BY count(*) DESC, t.tag ASC LIMIT ${limit}`;
  return rows.map((r) => ({ tag: r.tag, count: Number(r.count) }));
}

export async function pageFacets(db: Db, owner: PageOwner): Promise<Facets> {
  const [tags, papers, people] = await Promise.all([
    tagFacet(db, owner),
    db.$queryRaw<{ id: string; title: string; count: bigint }[]>`
      SELECT p."id", p."title", c.count FROM (
        SELECT a."paperId", count(*) AS count FROM "Annotation" a WHERE ${ownerRows(owner)}
        GROUP BY a."paperId" ORDER BY count(*) DESC LIMIT 100) c
      JOIN "Paper" p ON p."id" = c."paperId" ORDER BY c.count DESC, p."title" ASC`,
    owner.kind === "mine"
      ? Promise.resolve([])
      : db.$queryRaw<{ handle: string; name: string; count: bigint }[]>`
      SELECT u."handle", u."name", c.count FROM (
        SELECT a."authorId", count(*) AS count FROM "Annotation" a WHERE ${ownerRows(owner)}
        GROUP BY a."authorId" ORDER BY count(*) DESC LIMIT 100) c
      JOIN "User" u ON u."id" = c."authorId" ORDER BY c.count DESC, u."name" ASC`,
  ]);
  return {
    tags,
    papers: papers.map((p) => ({ id: p.id, title: p.title, count: Number(p.count) })),
    people: people.map((p) => ({ handle: p.handle, name: p.name, count: Number(p.count) })),
  };
}
