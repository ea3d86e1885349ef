import { z } from "zod";
import { defineRoute } from "./route.ts";
import { callerFor } from "./caller.ts";
import { teamNameSchema, teamSlugSchema } from "../teams/teams.ts";
import { createInviteInput, memberView, teamView } from "../routers/teams/schemas.ts";
import { teamRoleSchema } from "../lists/views.ts";

export const teamRoutes = [
  defineRoute({
    method: "POST",
    path: "/teams",
    summary: "Create a team (you become its owner)",
    tag: "teams",
    auth: "write",
    status: 201,
    body: z.object({ name: teamNameSchema, slug: teamSlugSchema, description: z.string().trim().max(2000).nullish() }),
    response: teamView,
    handle: ({ ctx, body }) => callerFor(ctx).teams.create(body),
  }),
  defineRoute({
    method: "GET",
    path: "/teams/{slug}",
    summary: "A team you belong to (or a public team), with its members when you may see them",
    tag: "teams",
    auth: "read",
    response: teamView.extend({ members: z.array(memberView).nullable() }),
    handle: async ({ ctx, params }) => {
      const caller = callerFor(ctx);
      const team = await caller.teams.get({ teamSlug: params.slug! });
      const members = team.myRole ? await caller.teams.members({ teamSlug: params.slug! }) : null;
      return { ...team, members };
    },
  }),
  defineRoute({
    method: "POST",
    path: "/teams/{slug}/invites",
    summary: "Create an invitation link (the token is shown once); with `email`, it is also sent",
    tag: "teams",
    auth: "write",
    status: 201,
    body: createInviteInput,
    response: z.object({ id: z.string(), token: z.string(), url: z.string(), role: teamRoleSchema, expiresAt: z.date(), maxUses: z.number().int().nullable() }),
    handle: async ({ ctx, params, body }) => {
      const { id, token, url, role, expiresAt, maxUses } = await callerFor(ctx).teams.createInvite({ teamSlug: params.slug!, ...body });
      return { id, token, url, role, expiresAt, maxUses };
    },
  }),
];
