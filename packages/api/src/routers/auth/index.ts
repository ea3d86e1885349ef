import { z } from "zod";
import { router, protectedProcedure, publicProcedure } from "../../trpc.ts";
import { emailSchema, passwordSchema, signUpInput } from "../../auth/schemas.ts";
import { createUser } from "../../auth/accounts.ts";
import { createResetLink, resetPassword } from "../../auth/password-reset.ts";
import { sendMail } from "../../lib/mailer.ts";
import { env } from "../../env.ts";

const meOutput = z
  .object({ id: z.string(), email: z.string(), handle: z.string(), name: z.string(), avatarUrl: z.string().nullable() })
  .nullable();

export const authRouter = router({
  signUp: publicProcedure
    .input(signUpInput)
    .output(z.object({ id: z.string(), handle: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const user = await createUser(ctx.db, input);
      ctx.log.info({ userId: user.id, handle: user.handle }, "account created");
      return { id: user.id, handle: user.handle };
    }),

  requestPasswordReset: publicProcedure
    .input(z.object({ email: emailSchema }))
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      // Always "ok", whether or not the account exists, so the form cannot be used to probe for emails.
      const link = await createResetLink(ctx.db, input.email, env().APP_URL);
      if (link) {
        await sendMail({
          to: link.to,
          subject: "Reset your Commonplace password",
          text: `Someone asked to reset the password of your Commonplace account.\n\nOpen this link within an hour to choose a new one:\n${link.url}\n\nIf it was not you, ignore this mail.`,
        });
      }
      return { ok: true as const };
    }),

  resetPassword: publicProcedure
    .input(z.object({ token: z.string().min(10).max(200), password: passwordSchema }))
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await resetPassword(ctx.db, input.token, input.password);
      return { ok: true as const };
    }),

  me: publicProcedure.output(meOutput).query(async ({ ctx }) => {
    if (!ctx.user) return null;
    return ctx.db.user.findUnique({
      where: { id: ctx.user.id },
      select: { id: true, email: true, handle: true, name: true, avatarUrl: true },
    });
  }),

  /** Only signed-in callers: proves `protectedProcedure` rejects anonymous calls. */
  session: protectedProcedure.output(z.object({ userId: z.string() })).query(({ ctx }) => ({ userId: ctx.user.id })),
});
