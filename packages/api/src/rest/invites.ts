import { z } from "zod";
import { defineRoute } from "./route.ts";
import { callerFor } from "./caller.ts";
import { teamRoleSchema } from "../lists/views.ts";

export const inviteRoutes = [
  defineRoute({
    method: "POST",
    path: "/invites/{token}/accept",
    summary: "Join a team with an invitation token (410 when expired, revoked or used up)",
    tag: "teams",
    auth: "write",
    errors: { 410: "The invitation expired, was revoked or is used up (code `invite_expired`, `invite_revoked` or `invite_used_up`)" },
    response: z.object({ team: z.object({ id: z.string(), slug: z.string(), name: z.string() }), role: teamRoleSchema, alreadyMember: z.boolean() }),
    handle: ({ ctx, params }) => callerFor(ctx).teams.acceptInvite({ token: params.token! }),
  }),
];
