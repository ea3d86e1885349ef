import { handleRestRequest, withRequestLogging } from "@commonplace/api/server";

// REST v1 is for API clients: they authenticate with `Authorization: Bearer <token>`, never with the
// browser's session cookie (so no cross-site request can act as the signed-in person).
export const dynamic = "force-dynamic";

const handler = withRequestLogging((request: Request) => handleRestRequest(request));

export { handler as GET, handler as POST, handler as PATCH, handler as DELETE };
