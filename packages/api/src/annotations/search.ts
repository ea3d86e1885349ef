import { TRPCError } from "@trpc/server";
import { Prisma, type Db } from "@commonplace/db";
import { visibleAnnotationsWhere } from "../policy/can.ts";
import { loadTeam } from "../policy/scope.ts";
import type { Access } from "./access.ts";
import type { PageFilters, PageInput } from "./search-schemas.ts";
import { annotationInclude, toView } from "./views.ts";

// Issue 16.3: the annotations page. SQL narrows, the policy decides: a keyset-paginated query over the
// page's own rows (the caller's annotations, or one team's) with the filters and the full-text match
// (the generated "searchVector" + GIN), then every candidate is loaded through visibleAnnotationsWhere and
// decided again with decideAnnotation, exactly as the reader loads threads. Nothing outside the page's
// rows is ever a candidate, and nothing the caller may not read is ever returned.

export type PageOwner = { kind: "mine"; userId: string } | { kind: "team"; teamId: string; userId: string };

const NOT_FOUND = () => new TRPCError({ code: "NOT_FOUND", message: "No team here (or you are not a member)." });

/** Whose page: mine, or a team's — members only (an outsider cannot tell a secret team from a missing one). */
export async function pageOwner(db: Db, userId: string, teamSlug?: string): Promise<PageOwner> {
  if (!teamSlug) return { kind: "mine", userId };
  const team = await loadTeam(db, teamSlug, userId);
  if (!team?.role) throw NOT_FOUND();
  return { kind: "team", teamId: team.team.id, userId };
}

const ownerSql = (o: PageOwner) => (o.kind === "mine" ? Prisma.sql`a."authorId" = ${o.userId}` : Prisma.sql`a."teamId" = ${o.teamId}`);

/** The filters as SQL conjunctions (the text match included); an unknown author matches nothing. */
export async function filterSql(db: Db, owner: PageOwner, f: PageFilters): Promise<Prisma.Sql[]> {
  const where = [Prisma.sql`a."deletedAt" IS NULL`, ownerSql(owner)];
  if (f.q) where.push(Prisma.sql`a."searchVector" @@ websearch_to_tsquery('english', ${f.q})`);
  if (f.paperId) where.push(Prisma.sql`a."paperId" = ${f.paperId}`);
  if (f.tag) where.push(Prisma.sql`a."tags" @> ARRAY[${f.tag}]::text[]`);
  if (f.author) {
    const author = await db.user.findUnique({ where: { handle: f.author }, select: { id: true } });
    where.push(author ? Prisma.sql`a."authorId" = ${author.id}` : Prisma.sql`false`);
  }
  if (f.scope === "LIST") where.push(Prisma.sql`a."listId" IS NOT NULL`);
  else if (f.scope) where.push(Prisma.sql`a."listId" IS NULL AND a."visibility" = ${f.scope}::"AnnotationVisibility"`);
  if (f.from) where.push(Prisma.sql`a."createdAt" >= ${f.from}::date`);
  if (f.to) where.push(Prisma.sql`a."createdAt" < (${f.to}::date + 1)`);
  return where;
}

const encodeCursor = (at: Date, id: string) => `${at.toISOString()}~${id}`;
function decodeCursor(cursor: string): { at: string; id: string } {
  const [at, id] = cursor.split("~");
  if (!at || !id || Number.isNaN(Date.parse(at))) throw new TRPCError({ code: "BAD_REQUEST", message: "This page link has expired: start again." });
  return { at, id };
}

/** The candidate rows of one page, newest first (keyset after `after`); exported for the bench. */
export async function candidates(db: Db, where: Prisma.Sql[], after: { at: string; id: string } | null, take: number) {
  const keyset = after ? [Prisma.sql`(a."createdAt", a."id") < (${after.at}::timestamptz AT TIME ZONE 'UTC', ${after.id})`] : [];
  return db.$queryRaw<{ id: string; createdAt: Date }[]>`
    SELECT a."id", a."createdAt" FROM "Annotation" a
    WHERE ${Prisma.join([...where, ...keyset], " AND ")}
    ORDER BY a."createdAt" DESC, a."id" DESC LIMIT ${take}`;
}

const pageInclude = { ...annotationInclude, paper: { select: { id: true, title: true } }, list: { select: { id: true, title: true } } } as const;

/** Loads candidates through the policy (where clause, then a decision per row), in candidate order. */
async function readable(db: Db, access: Access, ids: string[]) {
  const rows = await db.annotation.findMany({ where: { AND: [{ id: { in: ids } }, visibleAnnotationsWhere(access.userId)] }, include: pageInclude });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const out = [];
  for (const id of ids) {
    const r = byId.get(id);
    if (r && (await access.decide("read", r)) === "allow") out.push(r);
  }
  return out;
}

const MAX_ROUNDS = 5;

/** One page, newest first. A short page with a cursor means more may follow (rows the policy hid were skipped). */
export async function searchAnnotations(db: Db, access: Access, input: PageInput) {
  const owner = await pageOwner(db, access.userId!, input.teamSlug);
  const where = await filterSql(db, owner, input);
  let after = input.cursor ? decodeCursor(input.cursor) : null;
  const shown: Awaited<ReturnType<typeof readable>> = [];
  let exhausted = false;
  for (let round = 0; round < MAX_ROUNDS && shown.length <= input.limit && !exhausted; round++) {
    const want = input.limit + 1 - shown.length;
    const batch = await candidates(db, where, after, want);
    exhausted = batch.length < want;
    if (batch.length) after = { at: batch.at(-1)!.createdAt.toISOString(), id: batch.at(-1)!.id };
    shown.push(
      ...(await readable(
        db,
        access,
        batch.map((b) => b.id),
      )),
    );
  }
  const page = shown.slice(0, input.limit);
  const more = shown.length > input.limit || !exhausted;
  const last = shown.length > input.limit ? page.at(-1)! : null;
  const nextCursor = !more ? null : last ? encodeCursor(last.createdAt, last.id) : after ? `${after.at}~${after.id}` : null;
  const items = await Promise.all(page.map(async (r) => ({ ...(await toView(r, access)), paper: r.paper, list: r.list })));
  return { items, nextCursor };
}
