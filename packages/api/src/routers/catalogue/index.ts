import { z } from "zod";
import { protectedProcedure, publicProcedure, router } from "../../trpc.ts";
import { idSchema, siteProcedure } from "../../policy/procedures.ts";
import { RECORD_NAMES, type RecordName } from "@commonplace/catalogue";
import { correctionInput, correctionResult, suggestCorrection } from "../../catalogue/correction.ts";
import { paperRecord, paperRecordView } from "../../catalogue/history.ts";
import { mergePapers } from "../../catalogue/merge.ts";
import { mergePreview, mergePreviewView } from "../../catalogue/merge-preview.ts";
import { AppError } from "../../errors/index.ts";
import { takeRequest } from "../../security/rate-limits.ts";
import { acceptProposal, changeView, listProposals, paperHistory, proposalView, rejectProposal, revertChange } from "../../catalogue/review.ts";

// catalogue.* — reviewing the shared catalogue (site administrators, policy/site.ts "catalogue.review"):
// what untrusted imports proposed, each paper's history of changes with where every value came from, and
// reverting a change. The admin page /admin/catalogue uses these. Issue 15.6 on the same records: anyone's
// "Suggest a correction" (applied at once with catalogue.edit, else a proposal), a paper's history for its
// page, and merging duplicates (catalogue.merge).

const decision = z.object({ id: z.string(), status: z.enum(["ACCEPTED", "REJECTED"]), changeId: z.string().nullable(), changed: z.array(z.string()) });
const fieldName = z.enum(RECORD_NAMES as [RecordName, ...RecordName[]]);

export const catalogueRouter = router({
  proposals: siteProcedure("catalogue.review")
    .input(
      z.object({
        status: z.enum(["OPEN", "ACCEPTED", "REJECTED"]).default("OPEN"),
        paperId: idSchema.optional(),
        limit: z.number().int().min(1).max(100).default(25),
        cursor: idSchema.optional(),
      }),
    )
    .output(z.object({ proposals: z.array(proposalView), nextCursor: z.string().nullable() }))
    .query(({ ctx, input }) => listProposals(ctx.db, input)),

  /** Apply a proposal's values (all, or only `fields`) to the canonical record, as one recorded change. */
  accept: siteProcedure("catalogue.review")
    .input(z.object({ id: idSchema, fields: z.array(fieldName).min(1).optional() }))
    .output(decision)
    .mutation(({ ctx, input }) => acceptProposal(ctx.db, ctx.user.id, input.id, input.fields)),

  reject: siteProcedure("catalogue.review")
    .input(z.object({ id: idSchema }))
    .output(decision)
    .mutation(({ ctx, input }) => rejectProposal(ctx.db, ctx.user.id, input.id)),

  /** Every change of a paper's record, newest first, with its source (run, item, format, person). */
  history: siteProcedure("catalogue.review")
    .input(z.object({ paperId: idSchema }))
    .output(z.array(changeView))
    .query(({ ctx, input }) => paperHistory(ctx.db, input.paperId)),

  /** Put back the values a change replaced, as a new change (kind "revert"). */
  revert: siteProcedure("catalogue.review")
    .input(z.object({ changeId: idSchema }))
    .output(z.object({ id: z.string(), changeId: z.string().nullable(), changed: z.array(z.string()) }))
    .mutation(({ ctx, input }) => revertChange(ctx.db, ctx.user.id, input.changeId)),

  /** New values for a paper's title, authors, date, venue, identifiers or abstract: applied (administrators) or proposed. */
  suggest: protectedProcedure
    .input(correctionInput)
    .output(correctionResult)
    .mutation(async ({ ctx, input }) => {
      await takeRequest("corrections", { userId: ctx.user.id });
      return suggestCorrection(ctx.db, ctx.user.id, input);
    }),

  /** A paper's history for its page (public values; sources and open proposals per catalogue/history.ts). */
  paperHistory: publicProcedure
    .input(z.object({ paperId: idSchema }))
    .output(paperRecordView)
    .query(async ({ ctx, input }) => {
      const record = await paperRecord(ctx.db, ctx.user?.id ?? null, input.paperId);
      if (!record) throw new AppError("not_found", "No paper with this id.");
      return record;
    }),

  mergePreview: siteProcedure("catalogue.merge")
    .input(z.object({ survivorId: idSchema, mergedId: idSchema }))
    .output(mergePreviewView)
    .query(({ ctx, input }) => mergePreview(ctx.db, input.survivorId, input.mergedId)),

  /** Merge a duplicate into the paper to keep; the duplicate's id then leads to the survivor. */
  merge: siteProcedure("catalogue.merge")
    .input(z.object({ survivorId: idSchema, mergedId: idSchema }))
    .output(
      z.object({
        survivorId: z.string(),
        mergedId: z.string(),
        changeId: z.string(),
        filled: z.array(z.string()),
        moved: z.object({ listItems: z.number().int(), annotations: z.number().int(), upvotes: z.number().int(), pdfs: z.number().int() }),
      }),
    )
    .mutation(({ ctx, input }) => mergePapers(ctx.db, ctx.user.id, input.survivorId, input.mergedId)),
});
