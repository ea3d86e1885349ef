import { z } from "zod";
import type { Db } from "@commonplace/db";
import { builtinStyle, checkCslStyle } from "@commonplace/formats/cite";
import { AppError } from "../errors/index.ts";
import { styleSummary, type StyleSummary } from "./styles.ts";

// Adding and removing a person's or a team's own .csl style. Who may do it is decided by the caller
// (the router, through the policy); this module checks the style itself and stores it.

/** A .csl file's size limit: the largest official styles are under 150 KB. */
export const CSL_MAX_BYTES = 256 * 1024;
/** Styles one person, or one team, may keep. */
export const MAX_STYLES_PER_OWNER = 50;

export const cslUploadSchema = z
  .string()
  .min(1, "The style file is empty.")
  .refine((xml) => Buffer.byteLength(xml, "utf8") <= CSL_MAX_BYTES, `A style file is at most ${CSL_MAX_BYTES / 1024} KB.`);

/** A key from the style's CSL id ("…/styles/journal-of-x" → "journal-of-x") or its title. */
function baseKey(title: string, cslId: string | null): string {
  const fromId = cslId?.split("/").filter(Boolean).at(-1) ?? "";
  const slug = (s: string) =>
    s
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 48);
  return slug(fromId) || slug(title) || "style";
}

type Owner = { userId: string; teamId?: undefined } | { teamId: string; userId?: undefined };

export async function addStyle(db: Db, owner: Owner, createdById: string, xml: string): Promise<StyleSummary> {
  const check = await checkCslStyle(xml);
  if (!check.ok) throw new AppError("invalid_input", check.reason, { code: "invalid_style", field: "xml" });
  const where = owner.teamId ? { teamId: owner.teamId } : { userId: owner.userId };
  const existing = await db.citationStyle.findMany({ where, select: { key: true } });
  if (existing.length >= MAX_STYLES_PER_OWNER) {
    throw new AppError("conflict", `At most ${MAX_STYLES_PER_OWNER} styles each; remove one first.`, { code: "too_many_styles" });
  }
  const taken = new Set(existing.map((s) => s.key));
  const base = baseKey(check.title, check.cslId);
  let key = base;
  // Never shadow a built-in style: "apa" uploaded again becomes "apa-2".
  for (let n = 2; taken.has(key) || builtinStyle(key); n++) key = `${base}-${n}`;
  const row = await db.citationStyle.create({
    data: { key, title: check.title || key, xml, createdById, ...(owner.teamId ? { teamId: owner.teamId } : { userId: owner.userId }) },
    select: { id: true, key: true, title: true, userId: true, team: { select: { slug: true } } },
  });
  return styleSummary.parse({ key: row.key, title: row.title, source: row.userId ? "personal" : "team", id: row.id, teamSlug: row.team?.slug ?? null });
}

/** The stored style with this id, with what deciding about it needs (its owner or team). */
export function findStyle(db: Db, id: string) {
  return db.citationStyle.findUnique({ where: { id }, select: { id: true, userId: true, team: { select: { slug: true } } } });
}
