import { z } from "zod";
import { teamRoleSchema } from "../../lists/views.ts";

export const teamView = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  isPublic: z.boolean(),
  createdAt: z.date(),
  /** The caller's role, null for an outsider looking at a public team. */
  myRole: teamRoleSchema.nullable(),
  /** Team actions the caller may take (from the permission catalogue). */
  permissions: z.array(z.string()),
  /** Roles the caller may invite with, lowest first (policy/can.ts: only owners invite owners). */
  invitableRoles: z.array(teamRoleSchema),
  /** Roles the caller may give a member, highest first. */
  assignableRoles: z.array(teamRoleSchema),
  memberCount: z.number().int(),
  listCount: z.number().int(),
});

export const memberView = z.object({
  user: z.object({ id: z.string(), handle: z.string(), name: z.string(), avatarUrl: z.string().nullable() }),
  role: teamRoleSchema,
  joinedAt: z.date(),
});

export const inviteView = z.object({
  id: z.string(),
  role: teamRoleSchema,
  email: z.string().nullable(),
  expiresAt: z.date(),
  maxUses: z.number().int().nullable(),
  uses: z.number().int(),
  revokedAt: z.date().nullable(),
  createdAt: z.date(),
  createdBy: z.object({ id: z.string(), handle: z.string(), name: z.string() }),
  /** active · expired · revoked · used_up */
  state: z.enum(["active", "expired", "revoked", "used_up"]),
});

export const createInviteInput = z.object({
  role: teamRoleSchema.default("MEMBER"),
  expiresInDays: z.number().int().min(1).max(90).default(7),
  maxUses: z.number().int().min(1).max(1000).nullish(),
  email: z.email().trim().toLowerCase().nullish(),
});
