import { z } from "zod";
import type { Db, Prisma, TeamRole } from "@commonplace/db";
import { visibleListsWhere } from "../policy/can.ts";
import { actionsFor, ROLES } from "../policy/permissions.ts";
import type { ListScope } from "../policy/scope.ts";
import { appUrl } from "../lib/app-url.ts";

// Shapes of lists and items as the API returns them (tRPC and REST v1 share these).

export const visibilitySchema = z.enum(["PRIVATE", "TEAM", "UNLISTED", "PUBLIC"]);
export const readingStatusSchema = z.enum(["TO_READ", "READING", "READ"]);
export const teamRoleSchema = z.enum(ROLES);
const person = z.object({ id: z.string(), handle: z.string(), name: z.string() });
const personSelect = { select: { id: true, handle: true, name: true } } as const;

export const countsView = z.object({ total: z.number().int(), toRead: z.number().int(), reading: z.number().int(), read: z.number().int() });
export type Counts = z.infer<typeof countsView>;

export const listSummaryView = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  visibility: visibilitySchema,
  version: z.number().int(),
  owner: person.nullable(),
  team: z.object({ id: z.string(), slug: z.string(), name: z.string() }).nullable(),
  counts: countsView,
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type ListSummary = z.infer<typeof listSummaryView>;

export const listView = listSummaryView.extend({
  forkedFrom: z.object({ id: z.string(), title: z.string() }).nullable(),
  /** The caller's role on the list (a personal list's owner is OWNER), null for readers without one. */
  myRole: teamRoleSchema.nullable(),
  /** Actions the caller may take here (from the permission catalogue), for the UI to show or hide controls. */
  permissions: z.array(z.string()),
  /** The secret UNLISTED link, shown to those who manage or belong to the list. */
  shareUrl: z.string().nullable(),
});
export type ListView = z.infer<typeof listView>;

export const itemView = z.object({
  id: z.string(),
  listId: z.string(),
  paperId: z.string(),
  position: z.string(),
  note: z.string().nullable(),
  status: readingStatusSchema,
  tags: z.array(z.string()),
  assignee: person.nullable(),
  addedBy: person,
  version: z.number().int(),
  createdAt: z.date(),
  updatedAt: z.date(),
  paper: z.object({
    id: z.string(),
    title: z.string(),
    authors: z.array(z.string()),
    year: z.number().int().nullable(),
    arxivId: z.string().nullable(),
    doi: z.string().nullable(),
    venue: z.string().nullable(),
  }),
});
export type ItemView = z.infer<typeof itemView>;

export const itemInclude = {
  assignee: personSelect,
  addedBy: personSelect,
  paper: {
    select: {
      id: true,
      title: true,
      year: true,
      arxivId: true,
      doi: true,
      venue: true,
      authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true } } } },
    },
  },
} as const satisfies Prisma.ReadingListItemInclude;

type ItemRow = Prisma.ReadingListItemGetPayload<{ include: typeof itemInclude }>;

export function toItemView(row: ItemRow): ItemView {
  const { paper, assignee, addedBy } = row;
  return {
    id: row.id,
    listId: row.listId,
    paperId: row.paperId,
    position: row.position,
    note: row.note,
    status: row.status,
    tags: row.tags,
    assignee,
    addedBy,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    paper: {
      id: paper.id,
      title: paper.title,
      authors: paper.authors.map((a) => a.author.name),
      year: paper.year,
      arxivId: paper.arxivId,
      doi: paper.doi,
      venue: paper.venue,
    },
  };
}

export const listInclude = {
  owner: personSelect,
  team: { select: { id: true, slug: true, name: true } },
} as const satisfies Prisma.ReadingListInclude;

type ListRow = Prisma.ReadingListGetPayload<{ include: typeof listInclude }>;

export async function countsFor(db: Pick<Db, "readingListItem">, listIds: string[]): Promise<Map<string, Counts>> {
  const out = new Map<string, Counts>(listIds.map((id) => [id, { total: 0, toRead: 0, reading: 0, read: 0 }]));
  if (listIds.length === 0) return out;
  const groups = await db.readingListItem.groupBy({ by: ["listId", "status"], where: { listId: { in: listIds } }, _count: { _all: true } });
  for (const g of groups) {
    const c = out.get(g.listId)!;
    const n = g._count._all;
    c.total += n;
    if (g.status === "TO_READ") c.toRead += n;
    else if (g.status === "READING") c.reading += n;
    else c.read += n;
  }
  return out;
}

export function toSummary(row: ListRow, counts: Counts | undefined): ListSummary {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    visibility: row.visibility,
    version: row.version,
    owner: row.owner,
    team: row.team,
    counts: counts ?? { total: 0, toRead: 0, reading: 0, read: 0 },
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export const shareUrl = (listId: string, token: string) => `${appUrl()}/lists/${listId}?share=${encodeURIComponent(token)}`;
export const liveBibUrl = (listId: string, token: string) => `${appUrl()}/api/v1/lists/${listId}/live.bib?token=${encodeURIComponent(token)}`;

/** The list as `viewerId` sees it: its fork provenance only when they may read the source list (its live title included). */
export async function toListView(db: Db, scope: ListScope, viewerId: string | null): Promise<ListView> {
  const row = await db.readingList.findUniqueOrThrow({ where: { id: scope.list.id }, include: listInclude });
  const forkedFrom = row.forkedFromId
    ? await db.readingList.findFirst({ where: { AND: [{ id: row.forkedFromId }, visibleListsWhere(viewerId)] }, select: { id: true, title: true } })
    : null;
  const counts = (await countsFor(db, [row.id])).get(row.id);
  const role: TeamRole | null = scope.role;
  const permissions = actionsFor(role, "list").filter((a) => a !== "list.read.private");
  const readOnly = ["list.read", "list.export", "list.fork"];
  return {
    ...toSummary(row, counts),
    forkedFrom,
    myRole: role,
    permissions: role ? permissions : readOnly,
    shareUrl: role && row.visibility === "UNLISTED" && row.shareToken ? shareUrl(row.id, row.shareToken) : null,
  };
}
