import type { Metadata } from "next";
import { feedAlternates, TRENDING_FEED_PATH } from "@commonplace/api/feed-paths";
import { env } from "@commonplace/api/server";

/** Adds trending-feed autodiscovery (absolute URLs from APP_URL) to a page's static metadata. Server only. */
export function withTrendingFeed(metadata: Metadata): Metadata {
  const alternates = metadata.alternates ?? {};
  return { ...metadata, alternates: { ...alternates, types: { ...alternates.types, ...feedAlternates(env().APP_URL, TRENDING_FEED_PATH, "Trending papers on Commonplace") } } };
}
