// Liveness for load balancers and orchestrators: the process answers. It checks nothing else on purpose,
// so an outage of PostgreSQL or Meilisearch never gets healthy web processes restarted (see /ready).
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
