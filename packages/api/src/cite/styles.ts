import { z } from "zod";
import type { Db } from "@commonplace/db";
import { BUILTIN_STYLES, builtinStyle, type CitationStyle } from "@commonplace/formats/cite";
import { AppError } from "../errors/index.ts";

// Which citation styles a caller may format with: the built-in ones, their own (.csl they added), and those
// of their teams and of the list being cited (a list's readers may use its team's styles). Resolution order
// for a key: built-in, then the list's team, then the caller's own, then the caller's other teams.

export const styleKeySchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]*$/, "A style is named by letters, digits and hyphens (e.g. apa, ieee).");

export const styleSummary = z.object({
  key: z.string(),
  title: z.string(),
  /** builtin · personal (yours) · team (the team's, `teamSlug`). */
  source: z.enum(["builtin", "personal", "team"]),
  /** The stored style's id (to remove it); null for built-in styles. */
  id: z.string().nullable(),
  teamSlug: z.string().nullable(),
});
export type StyleSummary = z.infer<typeof styleSummary>;

export interface StyleScope {
  userId: string | null;
  /** The team whose styles come first (the cited list's team), when any. */
  listTeamId?: string | null;
}

interface StoredStyle {
  id: string;
  key: string;
  title: string;
  xml: string;
  userId: string | null;
  teamId: string | null;
  team: { slug: string } | null;
}

/** The stored styles in scope, in resolution order (list team, own, other teams). */
async function storedStyles(db: Db, scope: StyleScope, withXml: boolean): Promise<StoredStyle[]> {
  const or: object[] = [];
  if (scope.listTeamId) or.push({ teamId: scope.listTeamId });
  if (scope.userId) or.push({ userId: scope.userId }, { team: { memberships: { some: { userId: scope.userId } } } });
  if (!or.length) return [];
  const rows = await db.citationStyle.findMany({
    where: { OR: or },
    select: { id: true, key: true, title: true, xml: withXml, userId: true, teamId: true, team: { select: { slug: true } } },
    orderBy: [{ title: "asc" }, { createdAt: "asc" }],
    take: 500,
  });
  const rank = (r: (typeof rows)[number]) => (r.teamId && r.teamId === scope.listTeamId ? 0 : r.userId ? 1 : 2);
  return rows.map((r) => ({ ...r, xml: r.xml ?? "" })).sort((a, b) => rank(a) - rank(b));
}

function summary(row: StoredStyle): StyleSummary {
  return { key: row.key, title: row.title, source: row.userId ? "personal" : "team", id: row.id, teamSlug: row.team?.slug ?? null };
}

/** Every style the caller may use here: built-ins first, then stored ones (first of each key wins). */
export async function availableStyles(db: Db, scope: StyleScope): Promise<StyleSummary[]> {
  const out: StyleSummary[] = BUILTIN_STYLES.map((s) => ({ key: s.key, title: s.title, source: "builtin" as const, id: null, teamSlug: null }));
  const seen = new Set(out.map((s) => s.key));
  for (const row of await storedStyles(db, scope, false)) {
    if (seen.has(row.key)) continue;
    seen.add(row.key);
    out.push(summary(row));
  }
  return out;
}

/** The style named `key` in this scope, or a 400 naming the styles that exist here. */
export async function resolveStyle(db: Db, key: string, scope: StyleScope): Promise<CitationStyle> {
  const wanted = key.trim().toLowerCase();
  const builtin = builtinStyle(wanted);
  if (builtin) return builtin;
  const stored = (await storedStyles(db, scope, true)).find((s) => s.key === wanted);
  if (stored) return { key: stored.key, title: stored.title, xml: stored.xml };
  const names = (await availableStyles(db, scope)).map((s) => s.key);
  throw new AppError("invalid_input", `Unknown citation style "${key}". Available styles: ${names.join(", ")}.`, { code: "unknown_style", field: "style" });
}
