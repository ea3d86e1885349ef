import type { Metadata } from "next";
import { CalendarDays } from "lucide-react";
import { CategoryLink } from "@/components/discovery/category-grid";
import { longDay } from "@/components/discovery/day-nav";
import { DiscoveryTabs } from "@/components/discovery/discovery-tabs";
import { PaperCardList } from "@/components/discovery/paper-card";
import { EmptyState, Section } from "@/components/discovery/section";
import { HowItWorks, PitchBand } from "@/components/landing/pitch";
import { plural } from "@/components/papers/format";
import { SiteShell } from "@/components/shell/site-shell";
import { SiteFooter } from "@/components/site-footer";
import { getCurrentUser } from "@/lib/current-user";
import { getServerCaller } from "@/trpc/server";
import { withTrendingFeed } from "@/lib/feed-metadata";
import { absoluteUrl, siteUrl } from "@/lib/absolute-url";

const metadata: Metadata = {
  title: { absolute: "Commonplace — trending research papers, read together" },
  description: "Trending and new research papers, a daily digest, and public annotations and reading lists. Self-hosted.",
  openGraph: { type: "website", siteName: "Commonplace", title: "Commonplace — trending research papers, read together" },
};
export const generateMetadata = async (): Promise<Metadata> => withTrendingFeed({ ...metadata, alternates: { canonical: absoluteUrl("/", await siteUrl()) } });

/** Home, for visitors and members alike: trending, the latest day, newest and categories (plus the pitch for visitors). */
export default async function HomePage() {
  const caller = await getServerCaller();
  const [user, trending, daily, categories] = await Promise.all([
    getCurrentUser(),
    caller.discovery.trending({ limit: 10 }),
    caller.discovery.daily({ limit: 5 }),
    caller.discovery.categories(),
  ]);

  return (
    <>
      <SiteShell>
        {user ? <h1 className="sr-only">Discover papers</h1> : <PitchBand />}
        <div className="mx-auto max-w-6xl px-4 pt-6 sm:px-8">
          <DiscoveryTabs />
        </div>
        <div className="mx-auto grid max-w-6xl gap-12 px-4 pb-12 sm:px-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
          <Section
            id="trending-title"
            title={trending.basis === "newest" ? "Newest papers" : user ? "Trending today" : "Trending papers"}
            description={
              trending.basis === "newest"
                ? "Too little activity to rank trending papers yet, so these are the newest, by publication date."
                : "Upvotes and public activity of the last days, newest weighing most."
            }
            more={{ href: "/trending", label: "All trending" }}
          >
            {trending.papers.length > 0 ? (
              <div data-testid="home-trending">
                <PaperCardList papers={trending.papers} start={1} label="Trending papers" />
              </div>
            ) : (
              <EmptyState>No papers yet. Import some from the import page and they will show up here.</EmptyState>
            )}
          </Section>

          <aside className="grid content-start gap-10" aria-label="More papers">
            <Section
              id="daily-title"
              title={
                <span className="inline-flex items-center gap-2">
                  <CalendarDays aria-hidden className="size-4 text-accent" /> Daily papers
                </span>
              }
              description={daily.date ? `${longDay(daily.date)} · ${plural(daily.total, "paper")}` : undefined}
              more={daily.date ? { href: `/daily/${daily.date}`, label: "Open day" } : undefined}
            >
              {daily.papers.length > 0 ? (
                <PaperCardList papers={daily.papers} compact label="Papers of the latest day" />
              ) : (
                <EmptyState>No dated papers yet.</EmptyState>
              )}
            </Section>

            {categories.length > 0 ? (
              <Section id="categories-title" title="Categories" more={categories.length > 8 ? { href: "/categories", label: "All" } : undefined}>
                <ul className="grid gap-2">
                  {categories.slice(0, 8).map((c) => (
                    <li key={c.category}>
                      <CategoryLink {...c} />
                    </li>
                  ))}
                </ul>
              </Section>
            ) : null}
          </aside>
        </div>
        {user ? null : <HowItWorks />}
      </SiteShell>
      <SiteFooter />
    </>
  );
}
