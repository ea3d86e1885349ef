import { TRPCError } from "@trpc/server";
import { cache } from "react";
import { getServerCaller } from "@/trpc/server";

/** One paper for a server page, or null when there is no such paper (unknown or malformed id). Cached per request. */
export const loadPaper = cache(async (id: string) => {
  const caller = await getServerCaller();
  try {
    return await caller.papers.byId({ id, fullText: true });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) return null;
    throw error;
  }
});

export type LoadedPaper = NonNullable<Awaited<ReturnType<typeof loadPaper>>>;
