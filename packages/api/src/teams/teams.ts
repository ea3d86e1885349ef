import { TRPCError } from "@trpc/server";
import { z } from "zod";
import type { Db } from "@commonplace/db";
import { recordActivity } from "./activity.ts";

export const RESERVED_SLUGS = new Set(["new", "settings", "admin", "api", "invite", "invites", "teams", "lists", "join"]);

export const teamSlugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, "At least 2 characters.")
  .max(40, "At most 40 characters.")
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, "Lowercase letters, digits and dashes; no dash at either end.")
  .refine((s) => !RESERVED_SLUGS.has(s), "This address is reserved.");

export const teamNameSchema = z.string().trim().min(1, "Give the team a name.").max(80);

export async function createTeam(db: Db, actorId: string, input: { name: string; slug: string; description?: string | null }) {
  try {
    return await db.$transaction(async (tx) => {
      const team = await tx.team.create({
        data: { name: input.name, slug: input.slug, description: input.description || null, memberships: { create: { userId: actorId, role: "OWNER" } } },
      });
      await recordActivity(tx, { actorId, verb: "team.created", teamId: team.id, data: { name: team.name } });
      return team;
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") {
      throw new TRPCError({ code: "CONFLICT", message: `The address "${input.slug}" is taken; choose another.`, cause: { field: "slug" } });
    }
    throw error;
  }
}

export async function deleteTeam(db: Db, team: { id: string; slug: string }, confirmSlug: string): Promise<void> {
  if (confirmSlug.trim().toLowerCase() !== team.slug) {
    throw new TRPCError({ code: "BAD_REQUEST", message: `Type the team's address (${team.slug}) to confirm.`, cause: { field: "confirmSlug" } });
  }
  // Team lists, memberships, invites and feed rows cascade with the team.
  await db.team.delete({ where: { id: team.id } });
}
