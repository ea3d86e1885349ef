import type { Metadata } from "next";
import { cardPage } from "@/components/discovery/card-page";
import { withTrendingFeed } from "@/lib/feed-metadata";

const metadata: Metadata = { title: "Trending papers", description: "Papers people are upvoting, annotating and adding to public lists right now." };
export const generateMetadata = (): Metadata => withTrendingFeed(metadata);

export default cardPage({
  tab: "trending",
  eyebrow: "Trending",
  title: "Trending papers",
  intro:
    "What people are upvoting, annotating in public and adding to public lists. Recent activity counts most: it halves in weight every three days, and brand-new papers get a small head start.",
  path: "/trending",
  load: (caller, range) => caller.discovery.trending(range),
});
