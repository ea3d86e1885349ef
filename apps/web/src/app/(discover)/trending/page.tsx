import type { Metadata } from "next";
import { CardPage } from "@/components/discovery/card-page";
import { pageNumber } from "@/components/discovery/pager";
import { getServerCaller } from "@/trpc/server";
import { withTrendingFeed } from "@/lib/feed-metadata";

const metadata: Metadata = { title: "Trending papers", description: "Papers people are upvoting, annotating and adding to public lists right now." };
export const generateMetadata = (): Metadata => withTrendingFeed(metadata);

const PAGE_SIZE = 25;

export default async function TrendingPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const page = pageNumber((await searchParams).page);
  const result = await (await getServerCaller()).discovery.trending({ limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  return (
    <CardPage
      tab="trending"
      eyebrow="Trending"
      title="Trending papers"
      intro="What people are upvoting, annotating in public and adding to public lists. Recent activity counts most: it halves in weight every three days, and brand-new papers get a small head start."
      papers={result.papers}
      hasMore={result.hasMore}
      page={page}
      pageSize={PAGE_SIZE}
      path="/trending"
      empty="No papers yet. Import some and they will show up here."
    />
  );
}
