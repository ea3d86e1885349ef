import type { Db, Prisma } from "@commonplace/db";

// Site-wide roles (not team roles): a site administrator sees every import run and its failures; everyone
// else sees the runs they started. Granted with `npm run admin -- user:admin --email …` (demo: ada).

export async function isSiteAdmin(db: Db, userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { isAdmin: true } });
  return user?.isAdmin ?? false;
}

/** The import runs a person may see: all of them for an administrator, otherwise their own. */
export async function visibleIngestRunsWhere(db: Db, userId: string): Promise<Prisma.IngestRunWhereInput> {
  return (await isSiteAdmin(db, userId)) ? {} : { createdById: userId };
}
