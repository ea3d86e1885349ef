import type { Db, Prisma } from "@commonplace/db";

// A merged paper's id keeps working: the paper page, papers.byId and every REST route under /papers/{id}
// look it up here and continue with the paper it was merged into (PaperRedirect, written by merge.ts).

/** The id to use for `id`: the survivor's when `id` was merged away, else `id` itself. */
export async function resolvePaperId(db: Db | Prisma.TransactionClient, id: string): Promise<string> {
  const redirect = await db.paperRedirect.findUnique({ where: { fromId: id }, select: { toId: true } });
  return redirect?.toId ?? id;
}
