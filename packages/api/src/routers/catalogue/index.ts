import { z } from "zod";
import { router } from "../../trpc.ts";
import { idSchema, siteProcedure } from "../../policy/procedures.ts";
import { FIELD_NAMES, type FieldName } from "@commonplace/catalogue";
import { acceptProposal, changeView, listProposals, paperHistory, proposalView, rejectProposal, revertChange } from "../../catalogue/review.ts";

// catalogue.* — reviewing the shared catalogue (site administrators, policy/site.ts "catalogue.review"):
// what untrusted imports proposed, each paper's history of changes with where every value came from, and
// reverting a change. The admin page /admin/catalogue uses these.

const decision = z.object({ id: z.string(), status: z.enum(["ACCEPTED", "REJECTED"]), changeId: z.string().nullable(), changed: z.array(z.string()) });
const fieldName = z.enum(FIELD_NAMES as [FieldName, ...FieldName[]]);

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
});
