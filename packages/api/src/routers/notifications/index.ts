import { z } from "zod";
import { protectedProcedure, router } from "../../trpc.ts";
import { listNotifications, notificationView, unreadCount } from "../../notifications/read.ts";

// notifications.* — the signed-in person's in-app notifications (mention · reply · list-activity) and
// the email preference. New ones are announced live on live.notifications.

const preferences = z.object({ emailNotifications: z.boolean() });

export const notificationsRouter = router({
  list: protectedProcedure
    .input(
      z.object({ limit: z.number().int().min(1).max(100).default(30), cursor: z.string().min(1).max(64).optional(), unreadOnly: z.boolean().default(false) }),
    )
    .output(z.object({ items: z.array(notificationView), nextCursor: z.string().nullable() }))
    .query(({ ctx, input }) => listNotifications(ctx.db, ctx.user.id, input)),

  unreadCount: protectedProcedure.output(z.object({ count: z.number().int() })).query(async ({ ctx }) => ({ count: await unreadCount(ctx.db, ctx.user.id) })),

  markRead: protectedProcedure
    .input(z.object({ ids: z.array(z.string().min(1).max(64)).min(1).max(200) }))
    .output(z.object({ updated: z.number().int() }))
    .mutation(async ({ ctx, input }) => ({
      updated: (await ctx.db.notification.updateMany({ where: { id: { in: input.ids }, userId: ctx.user.id, readAt: null }, data: { readAt: new Date() } }))
        .count,
    })),

  markAllRead: protectedProcedure.output(z.object({ updated: z.number().int() })).mutation(async ({ ctx }) => ({
    updated: (await ctx.db.notification.updateMany({ where: { userId: ctx.user.id, readAt: null }, data: { readAt: new Date() } })).count,
  })),

  preferences: protectedProcedure
    .output(preferences)
    .query(async ({ ctx }) => ctx.db.user.findUniqueOrThrow({ where: { id: ctx.user.id }, select: { emailNotifications: true } })),

  /** Email delivery of the same notifications (off by default; logged when SMTP is not configured). */
  setPreferences: protectedProcedure
    .input(preferences)
    .output(preferences)
    .mutation(({ ctx, input }) =>
      ctx.db.user.update({ where: { id: ctx.user.id }, data: { emailNotifications: input.emailNotifications }, select: { emailNotifications: true } }),
    ),
});
