import type { TokenScope } from "@commonplace/db";
import { db } from "../lib/services.ts";
import { authenticateToken } from "../routers/tokens/api-tokens.ts";
import { AppError } from "../errors/index.ts";
import type { RestAuth } from "./route.ts";

// Bearer authentication for REST v1. A request may carry a personal access token (Authorization: Bearer …);
// a malformed, unknown or revoked token is a 401 even on public operations (a client should learn its token
// is bad). Without a token, the web session (when the web app passes one) counts for reads only.

export interface RestCaller {
  user: { id: string; handle: string; name: string; email: string } | null;
  via: "token" | "session" | "anonymous";
  scope: TokenScope | null;
}

export async function resolveCaller(request: Request, session: { user?: { id: string } | null } | null): Promise<RestCaller> {
  const header = request.headers.get("authorization");
  if (header) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) throw new AppError("unauthorized", "Send the token as `Authorization: Bearer <token>`.", { code: "invalid_token" });
    const auth = await authenticateToken(db(), match[1]!);
    if (!auth)
      throw new AppError("unauthorized", "This token is not valid (unknown, revoked or expired). Create one in Settings → Tokens.", { code: "invalid_token" });
    const user = await db().user.findUnique({ where: { id: auth.userId }, select: { id: true, handle: true, name: true, email: true } });
    if (!user) throw new AppError("unauthorized", "This token's account no longer exists.", { code: "invalid_token" });
    return { user, via: "token", scope: auth.scope };
  }
  if (session?.user?.id) {
    const user = await db().user.findUnique({ where: { id: session.user.id }, select: { id: true, handle: true, name: true, email: true } });
    if (user) return { user, via: "session", scope: "READ" };
  }
  return { user: null, via: "anonymous", scope: null };
}

/** What an operation requires of its caller. */
export function assertAuth(caller: RestCaller, auth: RestAuth): void {
  if (auth === "public") return;
  if (auth === "read") {
    if (!caller.user) throw new AppError("unauthorized", "This operation needs a personal access token: `Authorization: Bearer <token>`.");
    return;
  }
  if (caller.via !== "token")
    throw new AppError("unauthorized", "Changes through the API need a personal access token with write scope: `Authorization: Bearer <token>`.");
  if (caller.scope !== "WRITE")
    throw new AppError("forbidden", "This token is read-only; create a token with write scope to make changes.", { code: "insufficient_scope" });
}
