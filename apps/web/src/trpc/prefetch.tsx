import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import type { ReactNode } from "react";
import { appRouter } from "@commonplace/api";
import { makeQueryClient } from "./query-client";
import { getServerContext } from "./server";

type Proxy = ReturnType<typeof createTRPCOptionsProxy<typeof appRouter>>;
type QueryClient = ReturnType<typeof makeQueryClient>;

/**
 * Runs tRPC queries on the server and hands their results to the client components below, so they
 * render with data in the server HTML (no loading state, nothing fetched again after hydration).
 * `load` prefetches, e.g. `(trpc, qc) => qc.prefetchQuery(trpc.papers.byId.queryOptions({ id }))`.
 */
export async function Prefetched({ load, children }: { load: (trpc: Proxy, queryClient: QueryClient) => Promise<unknown>; children: ReactNode }) {
  const queryClient = makeQueryClient();
  const trpc = createTRPCOptionsProxy({ router: appRouter, ctx: getServerContext, queryClient });
  await load(trpc, queryClient);
  return <HydrationBoundary state={dehydrate(queryClient)}>{children}</HydrationBoundary>;
}
