import { z } from "zod";
import type { Db, Prisma } from "@commonplace/db";
import { MAX_ABSTRACT_CHARS, normalizeDoi, normalizeTitle, parseIdentifier } from "@commonplace/formats";
import { fieldsDigest, pick, RECORD_NAMES, type PartialRecord } from "@commonplace/catalogue";
import { AppError } from "../errors/index.ts";
import { decideSite } from "../policy/site.ts";
import { idSchema } from "../policy/procedures.ts";
import { applyFields, currentValues } from "./apply.ts";
import { assertIdentifiersFree } from "./identifiers.ts";

// "Suggest a correction" (issue 15.6): anyone signed in names new values for a paper's title, authors,
// publication date, venue, identifiers or abstract. With catalogue.edit (site administrators) they are
// applied at once as a recorded change (kind "edit"); anyone else's become a PaperProposal that
// administrators accept or reject at /admin/catalogue — the same records imports write, one mechanism.

const TX = { maxWait: 10_000, timeout: 60_000 };
const blankToNull = (v: string | null) => (v === null || v.trim() === "" ? null : v.trim());
const thisYear = () => new Date().getUTCFullYear();

function isDay(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** YYYY or YYYY-MM-DD, a real day, not far in the future; "" clears the date. */
const published = z
  .string()
  .trim()
  .max(10)
  .refine((s) => s === "" || /^\d{4}(-\d{2}-\d{2})?$/.test(s), "Give the publication date as YYYY-MM-DD, or only the year (YYYY).")
  .refine((s) => s.length !== 10 || isDay(s), "That day does not exist.")
  .refine((s) => s === "" || (Number(s.slice(0, 4)) >= 1600 && Number(s.slice(0, 4)) <= thisYear() + 1), "The year must be between 1600 and next year.");

/** An optional identifier field: blank → null, else what `parse` makes of it, or `message` as the field's error. */
const identifier = (parse: (v: string) => string | null, message: string) =>
  z
    .string()
    .max(300)
    .nullable()
    .transform(blankToNull)
    .transform((v, ctx) => {
      if (v === null) return null;
      const parsed = parse(v);
      if (!parsed) ctx.addIssue({ code: "custom", message });
      return parsed;
    });

const doi = identifier((v) => normalizeDoi(v) || null, "That is not a DOI (it looks like 10.1234/abc).");

const arxivId = identifier((v) => {
  const id = parseIdentifier(v);
  return id?.kind === "arxiv" ? id.id : null;
}, "That is not an arXiv id (it looks like 1706.03762 or hep-th/9901001).");

export const correctionInput = z.object({
  paperId: idSchema,
  title: z
    .string()
    .trim()
    .min(1, "A paper needs a title.")
    .max(2000, "A title has at most 2,000 characters.")
    .refine((t) => normalizeTitle(t) !== "", "A title needs a letter or a digit.")
    .optional(),
  authors: z
    .array(z.string().trim().min(1, "An author's name cannot be empty.").max(300, "An author's name has at most 300 characters."))
    .max(1000, "At most 1,000 authors.")
    .optional(),
  published: published.optional(),
  venue: z.string().max(500, "A venue has at most 500 characters.").nullable().transform(blankToNull).optional(),
  doi: doi.optional(),
  arxivId: arxivId.optional(),
  abstract: z.string().max(MAX_ABSTRACT_CHARS, "An abstract has at most 20,000 characters.").nullable().transform(blankToNull).optional(),
  /** Where the new values come from (a publisher's page, the PDF) or why: shown to administrators. */
  note: z.string().trim().max(500, "The note has at most 500 characters.").optional(),
});
export type CorrectionInput = z.output<typeof correctionInput>;

export const correctionResult = z.object({
  status: z.enum(["APPLIED", "PROPOSED"]),
  changeId: z.string().nullable(),
  proposalId: z.string().nullable(),
  changed: z.array(z.string()),
});

/** The record fields a correction names (the date as publishedAt + year). */
function requested(input: CorrectionInput): PartialRecord {
  const out: PartialRecord = {};
  if (input.title !== undefined) out.title = input.title;
  if (input.authors !== undefined) out.authors = input.authors;
  if (input.published !== undefined) {
    out.publishedAt = input.published.length === 10 ? new Date(`${input.published}T00:00:00Z`).toISOString() : null;
    out.year = input.published ? Number(input.published.slice(0, 4)) : null;
  }
  if (input.venue !== undefined) out.venue = input.venue;
  if (input.doi !== undefined) out.doi = input.doi;
  if (input.arxivId !== undefined) out.arxivId = input.arxivId;
  if (input.abstract !== undefined) out.abstract = input.abstract;
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export async function suggestCorrection(db: Db, userId: string, input: CorrectionInput) {
  const direct = (await decideSite(db, userId, "catalogue.edit")) === "allow";
  return db.$transaction(async (tx) => {
    const current = await currentValues(tx, input.paperId);
    const wanted = requested(input);
    // Exactly what differs (case and punctuation count: "Bert" → "BERT" is a correction).
    const fields = Object.fromEntries(RECORD_NAMES.filter((n) => n in wanted && !same(wanted[n], current[n])).map((n) => [n, wanted[n]])) as PartialRecord;
    if (Object.keys(fields).length === 0)
      throw new AppError("invalid_input", "Nothing to change: these are the paper's current values.", { code: "no_change" });
    await assertIdentifiersFree(tx, input.paperId, { doi: fields.doi, arxivId: fields.arxivId });
    const source = { format: "correction", ref: input.note || null };

    if (direct) {
      const { changeId, changed } = await applyFields(tx, input.paperId, fields, { kind: "edit", actorId: userId, ...source });
      return { status: "APPLIED" as const, changeId, proposalId: null, changed };
    }
    const digest = fieldsDigest(fields);
    const open = await tx.paperProposal.findFirst({ where: { paperId: input.paperId, status: "OPEN", digest }, select: { id: true } });
    if (open) throw new AppError("conflict", "This correction has already been suggested and is waiting for an administrator.", { code: "already_proposed" });
    const proposal = await tx.paperProposal.create({
      data: {
        paperId: input.paperId,
        digest,
        fields: fields as Prisma.InputJsonValue,
        current: pick(current, fields) as Prisma.InputJsonValue,
        proposerId: userId,
        ...source,
      },
    });
    return { status: "PROPOSED" as const, changeId: null, proposalId: proposal.id, changed: Object.keys(fields) };
  }, TX);
}
