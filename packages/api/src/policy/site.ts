import type { Db, Prisma } from "@commonplace/db";
import type { Decision } from "./can.ts";

// Site-wide roles (not team roles): a site administrator (User.isAdmin, granted with `npm run admin --
// user:admin --email …`; demo: ada) sees every import run and reviews the shared catalogue; everyone else
// sees the runs they started. Like PERMISSIONS (permissions.ts) for teams and lists, this catalogue is the
// only place these are decided; procedures name an action (policy/procedures.ts siteProcedure).

export const SITE_PERMISSIONS = {
  /** Review proposed changes to the shared catalogue (accept, reject), read a paper's history, revert a change. */
  "catalogue.review": { admin: true },
  /** Apply a correction to a paper's record at once; anyone else's "Suggest a correction" becomes a proposal. */
  "catalogue.edit": { admin: true },
  /** Merge a duplicate paper into another (its lists, annotations, upvotes, PDFs and history move; its id redirects). */
  "catalogue.merge": { admin: true },
  /** Import trusted metadata: an administrator's import may update the canonical record (worker: pipeline/trust.ts). */
  "catalogue.import.trusted": { admin: true },
  /** See every import run and its failures, not only one's own. */
  "ingest.runs.all": { admin: true },
} as const;

export type SiteAction = keyof typeof SITE_PERMISSIONS;

export async function isSiteAdmin(db: Db, userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { isAdmin: true } });
  return user?.isAdmin ?? false;
}

export async function decideSite(db: Db, userId: string | null, action: SiteAction): Promise<Decision> {
  if (!userId) return "unauthorized";
  return SITE_PERMISSIONS[action].admin && !(await isSiteAdmin(db, userId)) ? "forbidden" : "allow";
}

/** The import runs a person may see: all of them with ingest.runs.all, otherwise their own. */
export async function visibleIngestRunsWhere(db: Db, userId: string): Promise<Prisma.IngestRunWhereInput> {
  return (await decideSite(db, userId, "ingest.runs.all")) === "allow" ? {} : { createdById: userId };
}
