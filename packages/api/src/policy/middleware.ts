import { TRPCError } from "@trpc/server";
import { z } from "zod";
import type { Db } from "@commonplace/db";
import { middleware } from "../trpc.ts";
import { decideList, decideTeam, type Decision } from "./can.ts";
import { PERMISSIONS, type Action, type ListAction, type TeamAction } from "./permissions.ts";
import { loadList, loadTeam, type ListScope, type TeamScope } from "./scope.ts";
import { decideSite, type SiteAction } from "./site.ts";

// The one middleware that enforces the catalogue. A procedure states its action; the action's resource
// kind says which input field names the resource (teamSlug or listId [+ shareToken]). The loaded scope
// is handed to the procedure, which must use it (never re-load the resource by id without the policy).

const scopeInput = z.object({
  teamSlug: z.string().optional(),
  listId: z.string().optional(),
  shareToken: z.string().optional(),
});

export type ScopeFor<A extends Action> = A extends TeamAction ? { team: TeamScope } : { list: ListScope };

const MESSAGES = {
  team: { not_found: "No team with this address (or you are not a member).", forbidden: "Your role in this team does not allow that." },
  list: { not_found: "No reading list here (or you cannot see it).", forbidden: "You can read this list but not change it." },
} as const;

export function denial(decision: Exclude<Decision, "allow">, resource: "team" | "list", message?: string): TRPCError {
  if (decision === "unauthorized") return new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to do that." });
  if (decision === "not_found") return new TRPCError({ code: "NOT_FOUND", message: MESSAGES[resource].not_found });
  return new TRPCError({ code: "FORBIDDEN", message: message ?? MESSAGES[resource].forbidden });
}

/** The team named by `slug` when the policy allows `action` there (for procedures that take a team optionally); else the policy's refusal. */
export async function authorizeTeam(db: Db, slug: string, userId: string | null, action: TeamAction): Promise<TeamScope> {
  const scope = await loadTeam(db, slug, userId);
  const decision: Decision = scope ? decideTeam(action, scope.team, userId, scope.role) : userId ? "not_found" : "unauthorized";
  if (decision !== "allow") throw denial(decision, "team");
  return scope!;
}

/** `requirePermission("item.add")`: loads the team or list named by the input and refuses unless the policy allows. */
export function requirePermission<A extends Action>(action: A) {
  return middleware(async ({ ctx, input, next }) => {
    const ref = scopeInput.parse(input ?? {});
    const userId = ctx.user?.id ?? null;
    if (PERMISSIONS[action].resource === "team") {
      if (!ref.teamSlug) throw new TRPCError({ code: "BAD_REQUEST", message: "teamSlug is required." });
      const scope = await authorizeTeam(ctx.db, ref.teamSlug, userId, action as TeamAction);
      return next({ ctx: { team: scope } as ScopeFor<A> });
    }
    if (!ref.listId) throw new TRPCError({ code: "BAD_REQUEST", message: "listId is required." });
    const scope = await loadList(ctx.db, ref.listId, userId, ref.shareToken);
    // Checked twice on purpose: the row filter (visibleListsWhere) and the decision must both agree.
    const decision: Decision = scope ? decideList(action as ListAction, scope.list, userId, scope.teamRole, ref.shareToken) : "not_found";
    if (decision !== "allow") throw denial(decision, "list");
    return next({ ctx: { list: scope! } as ScopeFor<A> });
  });
}

/** `requireSite("catalogue.review")`: a site-wide action (policy/site.ts), for site administrators. */
export function requireSite(action: SiteAction) {
  return middleware(async ({ ctx, next }) => {
    const decision = await decideSite(ctx.db, ctx.user?.id ?? null, action);
    if (decision === "unauthorized") throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to do that." });
    if (decision !== "allow") throw new TRPCError({ code: "FORBIDDEN", message: "Only site administrators may do that." });
    return next();
  });
}
