import { checkReadiness } from "@commonplace/api/server";

// Readiness for load balancers: 200 when this instance can serve (PostgreSQL and Meilisearch reachable),
// 503 naming what is down. The worker's state is reported by /api/health, never here.
export const dynamic = "force-dynamic";

export async function GET() {
  const readiness = await checkReadiness();
  return Response.json(readiness, { status: readiness.status === "ready" ? 200 : 503, headers: { "cache-control": "no-store" } });
}
