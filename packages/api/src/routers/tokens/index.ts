import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { protectedProcedure, router } from "../../trpc.ts";
import { idSchema } from "../../policy/procedures.ts";
import { createApiToken } from "./api-tokens.ts";

const scopeSchema = z.enum(["READ", "WRITE"]);
const tokenView = z.object({
  id: z.string(),
  name: z.string(),
  /** The first characters, to recognise a token (never the token itself). */
  prefix: z.string(),
  scope: scopeSchema,
  createdAt: z.date(),
  lastUsedAt: z.date().nullable(),
  /** The token stops working after this moment (null: until revoked). */
  expiresAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
});

export const tokensRouter = router({
  /** The token is in the answer once; only its hash is kept. */
  create: protectedProcedure
    .input(
      z.object({
        name: z.string().trim().min(1, "Name the token after where you use it.").max(100),
        scope: scopeSchema.default("READ"),
        /** Days until the token expires; omitted or null: until revoked. */
        expiresInDays: z.number().int().min(1).max(3650).nullish(),
      }),
    )
    .output(tokenView.extend({ token: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const row = await createApiToken(ctx.db, ctx.user.id, input);
      ctx.log.info({ tokenId: row.id, scope: row.scope }, "API token created");
      return row;
    }),

  list: protectedProcedure.output(z.array(tokenView)).query(({ ctx }) =>
    ctx.db.apiToken.findMany({
      where: { userId: ctx.user.id },
      orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
      select: { id: true, name: true, prefix: true, scope: true, createdAt: true, lastUsedAt: true, expiresAt: true, revokedAt: true },
    }),
  ),

  revoke: protectedProcedure
    .input(z.object({ id: idSchema }))
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      const { count } = await ctx.db.apiToken.updateMany({ where: { id: input.id, userId: ctx.user.id, revokedAt: null }, data: { revokedAt: new Date() } });
      if (count === 0 && !(await ctx.db.apiToken.findFirst({ where: { id: input.id, userId: ctx.user.id } }))) {
        throw new TRPCError({ code: "NOT_FOUND", message: "No such token." });
      }
      return { ok: true as const };
    }),
});
