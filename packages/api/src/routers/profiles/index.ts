import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { protectedProcedure, publicProcedure, router } from "../../trpc.ts";
import { profileUpdateInput } from "../../profiles/links.ts";
import { HANDLE_MAX, viewerRelation } from "../../profiles/profile.ts";
import { cachedProfile } from "../../public-cache/reads.ts";
import { loadPublicTeam } from "../../profiles/team.ts";
import { removeAvatar } from "../../profiles/avatar.ts";
import { editableProfileView, profileView, publicTeamView } from "../../profiles/views.ts";

const editableSelect = { id: true, handle: true, name: true, bio: true, website: true, orcid: true, github: true, avatarUrl: true } as const;

export const profilesRouter = router({
  /** A person's public profile (/u/<handle>): public lists, public annotations, public teams, counts. */
  byHandle: publicProcedure
    .input(z.object({ handle: z.string().trim().toLowerCase().min(1).max(HANDLE_MAX) }))
    .output(profileView)
    .query(async ({ ctx, input }) => {
      // The public part is the same for everyone (public cache); the viewer's relation is read per request.
      const profile = await cachedProfile(ctx.db, input.handle);
      if (!profile) throw new TRPCError({ code: "NOT_FOUND", message: "No one with this handle." });
      return { ...profile, viewer: await viewerRelation(ctx.db, profile.user.id, ctx.user?.id ?? null) };
    }),

  /** A public team's page (/t/<slug>); a team that is not public is not found. */
  team: publicProcedure
    .input(z.object({ slug: z.string().trim().toLowerCase().min(1).max(64) }))
    .output(publicTeamView)
    .query(async ({ ctx, input }) => {
      const team = await loadPublicTeam(ctx.db, input.slug, ctx.user?.id ?? null);
      if (!team) throw new TRPCError({ code: "NOT_FOUND", message: "No public team with this address." });
      return team;
    }),

  /** The signed-in person's editable profile (settings). */
  me: protectedProcedure.output(editableProfileView).query(({ ctx }) => ctx.db.user.findUniqueOrThrow({ where: { id: ctx.user.id }, select: editableSelect })),

  update: protectedProcedure
    .input(profileUpdateInput)
    .output(editableProfileView)
    .mutation(({ ctx, input }) => ctx.db.user.update({ where: { id: ctx.user.id }, data: input, select: editableSelect })),

  /** Back to initials. Uploading goes through POST /api/avatars (multipart). */
  removeAvatar: protectedProcedure.output(z.object({ ok: z.literal(true) })).mutation(async ({ ctx }) => {
    await removeAvatar(ctx.db, ctx.user.id);
    return { ok: true as const };
  }),
});
