"use client";

import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { TRPCClientError, createTRPCClient, httpBatchLink, httpSubscriptionLink, loggerLink, retryLink, splitLink } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { useState, type ReactNode } from "react";
import superjson from "superjson";
import type { AppRouter } from "@commonplace/api";
// Not from @/env: importing that (zod-validated) module here put zod into every page's first-load JS.
import { isDevelopment } from "@/lib/public/env";
import { makeQueryClient } from "./query-client";

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

let browserQueryClient: QueryClient | undefined;

function getQueryClient() {
  // The server gets a fresh client per request; the browser keeps one for the page's life.
  if (typeof window === "undefined") return makeQueryClient();
  return (browserQueryClient ??= makeQueryClient());
}

const url = "/api/trpc";

export function TRPCReactProvider({ children }: { children: ReactNode }) {
  const queryClient = getQueryClient();
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      links: [
        // Log calls in development, but not expected failures (validation, conflicts): forms show those.
        loggerLink({
          enabled: (op) => isDevelopment && !(op.direction === "down" && op.result instanceof TRPCClientError && (op.result.data?.httpStatus ?? 500) < 500),
        }),
        // Subscriptions (live annotations, notifications) go over SSE; everything else is batched.
        splitLink({
          condition: (op) => op.type === "subscription",
          // A subscription refused while the server's live connection to PostgreSQL is down (503) is tried
          // again with backoff; once it is back, the stream resumes from the last event it delivered.
          true: [
            retryLink({
              retry: ({ error }) => error.data?.code === "SERVICE_UNAVAILABLE",
              retryDelayMs: (attempt) => Math.min(30_000, 1000 * 2 ** attempt),
            }),
            httpSubscriptionLink({ url, transformer: superjson }),
          ],
          false: httpBatchLink({
            url,
            transformer: superjson,
            // The server refuses larger batches (TRPC_MAX_BATCH in @commonplace/api).
            maxItems: 12,
            headers: () => ({ "x-trpc-source": "web" }),
          }),
        }),
      ],
    }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
