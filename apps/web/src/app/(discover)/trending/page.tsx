import type { Metadata } from "next";
import { cardPage } from "@/components/discovery/card-page";
import { withTrendingFeed } from "@/lib/feed-metadata";

const metadata: Metadata = { title: "Trending papers", description: "Papers people are upvoting, annotating and adding to public lists right now." };
export const generateMetadata = (): Promise<Metadata> => withTrendingFeed(metadata);

export default cardPage({
  tab: "trending",
  eyebrow: "Trending",
  title: "Trending papers",
  intro: ({ basis, activePapers }) =>
    basis === "newest" ? (
      <span data-testid="trending-quiet">
        Too little activity to rank yet: {activePapers === 0 ? "no paper has" : `only ${activePapers === 1 ? "one paper has" : `${activePapers} papers have`}`}{" "}
        been upvoted, annotated in public or added to a public list in the last 30 days. Until there is more, these are the newest papers, by publication date.
      </span>
    ) : (
      "What people are upvoting, annotating in public and adding to public lists. Recent activity counts most: it halves in weight every three days, and brand-new papers get a small head start."
    ),
  path: "/trending",
  load: (caller, range) => caller.discovery.trending(range),
});
