import { z } from "zod";
import { protectedProcedure, publicProcedure } from "../trpc.ts";
import { requirePermission, requireSite } from "./middleware.ts";
import type { ListAction, TeamAction } from "./permissions.ts";
import type { SiteAction } from "./site.ts";

// The scoped rungs of the procedure ladder: public → protected → team-/list-scoped. Each names the
// permission it needs; inputs merge, so a procedure adds its own fields after these.

export const idSchema = z.string().trim().min(1).max(64);
/** Looking a team up: any string (a malformed slug is simply not found). */
export const teamSlugRef = z.string().trim().toLowerCase().min(1).max(64);

export const teamProcedure = <A extends TeamAction>(action: A) =>
  protectedProcedure
    .meta({ permission: action })
    .input(z.object({ teamSlug: teamSlugRef }))
    .use(requirePermission(action));

/** Anonymous callers reach list procedures too: PUBLIC lists, and UNLISTED ones with their `shareToken`. */
export const listProcedure = <A extends ListAction>(action: A) =>
  publicProcedure
    .meta({ permission: action })
    .input(z.object({ listId: idSchema, shareToken: z.string().trim().min(1).max(200).optional() }))
    .use(requirePermission(action));

/** Site-wide actions (policy/site.ts): site administrators. */
export const siteProcedure = (action: SiteAction) => protectedProcedure.meta({ permission: action }).use(requireSite(action));
