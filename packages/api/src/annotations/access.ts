import { TRPCError } from "@trpc/server";
import type { Annotation, Db, TeamRole } from "@commonplace/db";
import {
  canReadAnnotation,
  canReadList,
  decideAnnotation,
  readDependsOnScope,
  type AnnotationAccess,
  type AnnotationAction,
  type AnnotationSubject,
  type Decision,
} from "../policy/can.ts";
import { loadList } from "../policy/scope.ts";

// Loading what annotation decisions need (policy/can.ts decides). One Access per request memoizes team
// roles and list verdicts, so a page of threads costs one query per distinct team or list.

export class Access {
  private readonly teams = new Map<string, Promise<TeamRole | null>>();
  private readonly lists = new Map<string, Promise<AnnotationAccess["list"]>>();

  constructor(
    private readonly db: Db,
    readonly userId: string | null,
    private readonly shareToken?: string | null,
  ) {}

  teamRole(teamId: string): Promise<TeamRole | null> {
    const userId = this.userId;
    if (!userId) return Promise.resolve(null);
    let role = this.teams.get(teamId);
    if (!role) {
      role = this.db.membership.findUnique({ where: { teamId_userId: { teamId, userId } }, select: { role: true } }).then((m) => m?.role ?? null);
      this.teams.set(teamId, role);
    }
    return role;
  }

  list(listId: string): Promise<AnnotationAccess["list"]> {
    let verdict = this.lists.get(listId);
    if (!verdict) {
      verdict = loadList(this.db, listId, this.userId, this.shareToken).then((scope) =>
        scope ? { readable: canReadList(scope.list, this.userId, scope.teamRole, this.shareToken), role: scope.role } : { readable: false, role: null },
      );
      this.lists.set(listId, verdict);
    }
    return verdict;
  }

  async for(a: AnnotationSubject): Promise<AnnotationAccess> {
    const list = a.listId ? await this.list(a.listId) : null;
    const teamRole = !a.listId && a.teamId ? await this.teamRole(a.teamId) : null;
    return { teamRole, list };
  }

  /** Records a team role the caller already read (e.g. while checking a write), so decisions need not read it again. */
  knowTeamRole(teamId: string, role: TeamRole | null): void {
    if (this.userId) this.teams.set(teamId, Promise.resolve(role));
  }

  /** May the caller read `a`? Loads the team role or list verdict only when the read rule looks at it. */
  async mayRead(a: AnnotationSubject): Promise<boolean> {
    return canReadAnnotation(a, this.userId, readDependsOnScope(a, this.userId) ? await this.for(a) : { teamRole: null, list: null });
  }

  async decide(action: AnnotationAction, a: AnnotationSubject): Promise<Decision> {
    return decideAnnotation(action, a, this.userId, await this.for(a));
  }
}

const NOT_FOUND = "No annotation here (or you cannot see it).";
const FORBIDDEN: Record<AnnotationAction, string> = {
  read: NOT_FOUND,
  reply: "You can read this thread but not reply in its scope (VIEWERs read only).",
  edit: "Only its author can edit an annotation.",
  delete: "Only its author can delete an annotation.",
  resolve: "Only the thread's author or an editor of its team or list can resolve it.",
  tag: "Only its author or an editor of its team or list can tag it.",
};

export function annotationDenial(decision: Exclude<Decision, "allow">, action: AnnotationAction): TRPCError {
  if (decision === "unauthorized") return new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to do that." });
  if (decision === "not_found") return new TRPCError({ code: "NOT_FOUND", message: NOT_FOUND });
  return new TRPCError({ code: "FORBIDDEN", message: FORBIDDEN[action] });
}

/** Loads a live (not deleted) annotation and refuses unless the policy allows `action` on it. */
export async function requireAnnotation(db: Db, access: Access, id: string, action: AnnotationAction): Promise<Annotation> {
  const row = await db.annotation.findUnique({ where: { id } });
  if (!row || row.deletedAt) throw annotationDenial("not_found", action);
  const decision = await access.decide(action, row);
  if (decision !== "allow") throw annotationDenial(decision, action);
  return row;
}
