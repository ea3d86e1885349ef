import { z } from "zod";
import { router, protectedProcedure, publicProcedure } from "../../trpc.ts";
import { emailSchema, passwordSchema, signUpInput } from "../../auth/schemas.ts";
import { signUpAccount } from "../../auth/accounts.ts";
import { createResetLink, resetPassword } from "../../auth/password-reset.ts";
import { changePassword } from "../../auth/change-password.ts";
import { endAllSessions } from "../../auth/sessions.ts";
import { sendMail } from "../../lib/mailer.ts";
import { takeRequest } from "../../security/rate-limits.ts";
import { appUrl } from "../../lib/app-url.ts";

const meOutput = z
  .object({ id: z.string(), email: z.string(), handle: z.string(), name: z.string(), avatarUrl: z.string().nullable(), isAdmin: z.boolean() })
  .nullable();

export const authRouter = router({
  /** Same answer whether or not the email was registered (its owner gets a mail instead): see createUser. */
  signUp: publicProcedure
    .input(signUpInput)
    .output(z.object({ handle: z.string() }))
    .mutation(async ({ ctx, input }) => {
      await takeRequest("signUp", { address: ctx.ip });
      const user = await signUpAccount(ctx.db, input, appUrl());
      ctx.log.info({ handle: user.handle }, "sign-up answered");
      return user;
    }),

  requestPasswordReset: publicProcedure
    .input(z.object({ email: emailSchema }))
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await takeRequest("resetMailByAddress", { address: ctx.ip });
      await takeRequest("resetMailByEmail", { key: input.email });
      // Always "ok", whether or not the account exists, so the form cannot be used to probe for emails.
      const link = await createResetLink(ctx.db, input.email, appUrl());
      if (link) {
        await sendMail({
          to: link.to,
          subject: "Reset your Commonplace password",
          text: `Someone asked to reset the password of your Commonplace account.\n\nOpen this link within an hour to choose a new one:\n${link.url}\n\nIf it was not you, ignore this mail.`,
        });
      }
      return { ok: true as const };
    }),

  /** Ends every session of the account; `revokeTokens` also revokes its API tokens. */
  resetPassword: publicProcedure
    .input(z.object({ token: z.string().min(10).max(200), password: passwordSchema, revokeTokens: z.boolean().default(false) }))
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await resetPassword(ctx.db, input.token, input.password, { revokeTokens: input.revokeTokens });
      return { ok: true as const };
    }),

  /** Needs the current password; ends every session (the browser signs in again with the new one). */
  changePassword: protectedProcedure
    .input(z.object({ currentPassword: z.string().min(1).max(256), newPassword: passwordSchema, revokeTokens: z.boolean().default(false) }))
    .output(z.object({ ok: z.literal(true), tokensRevoked: z.number().int() }))
    .mutation(async ({ ctx, input }) => {
      const { tokensRevoked } = await changePassword(ctx.db, ctx.user.id, input);
      return { ok: true as const, tokensRevoked };
    }),

  /** "Sign out everywhere": every session of this account ends, this one included. */
  signOutEverywhere: protectedProcedure
    .input(z.object({ revokeTokens: z.boolean().default(false) }))
    .output(z.object({ ok: z.literal(true), tokensRevoked: z.number().int() }))
    .mutation(async ({ ctx, input }) => {
      const { tokensRevoked } = await endAllSessions(ctx.db, ctx.user.id, input);
      ctx.log.info({ tokensRevoked }, "signed out everywhere");
      return { ok: true as const, tokensRevoked };
    }),

  me: publicProcedure.output(meOutput).query(async ({ ctx }) => {
    if (!ctx.user) return null;
    return ctx.db.user.findUnique({
      where: { id: ctx.user.id },
      select: { id: true, email: true, handle: true, name: true, avatarUrl: true, isAdmin: true },
    });
  }),

  /** Only signed-in callers: proves `protectedProcedure` rejects anonymous calls. */
  session: protectedProcedure.output(z.object({ userId: z.string() })).query(({ ctx }) => ({ userId: ctx.user.id })),
});
