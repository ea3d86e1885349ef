import type { Metadata } from "next";
import { feedAlternates, TRENDING_FEED_PATH } from "@commonplace/api/feed-paths";
import { siteUrl } from "./absolute-url";

/** Adds trending-feed autodiscovery (absolute URLs on this site's base) to a page's static metadata. Server only. */
export async function withTrendingFeed(metadata: Metadata): Promise<Metadata> {
  const alternates = metadata.alternates ?? {};
  return {
    ...metadata,
    alternates: { ...alternates, types: { ...alternates.types, ...feedAlternates(await siteUrl(), TRENDING_FEED_PATH, "Trending papers on Commonplace") } },
  };
}
