import { TRPCError } from "@trpc/server";
import { cache } from "react";
import { getServerCaller } from "@/trpc/server";

// Server loaders for the public pages, cached per request so generateMetadata and the page share one query.

async function orNull<T>(load: () => Promise<T>): Promise<T | null> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) return null;
    throw error;
  }
}

/** A route parameter as typed (a malformed %-escape is simply not found, not an error). */
function decoded(param: string): string {
  try {
    return decodeURIComponent(param);
  } catch {
    return param;
  }
}

export const loadProfile = cache(async (handle: string) => orNull(async () => (await getServerCaller()).profiles.byHandle({ handle: decoded(handle) })));
export const loadPublicTeam = cache(async (slug: string) => orNull(async () => (await getServerCaller()).profiles.team({ slug: decoded(slug) })));

export type LoadedProfile = NonNullable<Awaited<ReturnType<typeof loadProfile>>>;
export type LoadedTeam = NonNullable<Awaited<ReturnType<typeof loadPublicTeam>>>;

/** Markdown-free one-liner of an HTML fragment, for meta descriptions. */
export function plainSummary(html: string | null, max = 200): string | undefined {
  if (!html) return undefined;
  const text = html
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, " ")
    .trim();
  return text.length <= max ? text : `${text.slice(0, text.lastIndexOf(" ", max - 1))}…`;
}
