import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DayNav, longDay } from "@/components/discovery/day-nav";
import { DiscoveryTabs } from "@/components/discovery/discovery-tabs";
import { Pager, pageNumber } from "@/components/discovery/pager";
import { PaperCardList } from "@/components/discovery/paper-card";
import { DiscoveryHeader, EmptyState } from "@/components/discovery/section";
import { plural } from "@/components/papers/format";
import { getServerCaller } from "@/trpc/server";

const PAGE_SIZE = 30;
type Props = { params: Promise<{ date: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const isDay = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { date } = await params;
  if (!isDay(date)) return { title: "Day not found" };
  return { title: `Papers of ${longDay(date)}`, description: `Research papers published on ${longDay(date)}, most upvoted first.` };
}

export default async function DailyPage({ params, searchParams }: Props) {
  const { date } = await params;
  if (!isDay(date)) notFound();
  const page = pageNumber((await searchParams).page);
  const day = await (await getServerCaller()).discovery.daily({ date, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });

  return (
    <div className="mx-auto max-w-4xl px-4 py-8 sm:px-8" data-testid="daily-page">
      <DiscoveryTabs current="daily" />
      <DiscoveryHeader eyebrow="Daily papers" title={longDay(date)}>
        {day.total > 0
          ? `${plural(day.total, "paper")} published this day (UTC), most upvoted first. The date is the publication date from each paper's source (arXiv, the digest, the citation), not when it was added here.`
          : "No papers on this server were published this day. Papers without a known publication day are listed under Newest."}
      </DiscoveryHeader>
      <div className="mb-6">
        <DayNav previous={day.previous} next={day.next} latest={day.latest} date={date} />
      </div>
      {day.papers.length > 0 ? (
        <PaperCardList papers={day.papers} start={(page - 1) * PAGE_SIZE + 1} label={`Papers of ${longDay(date)}`} />
      ) : (
        <EmptyState>Nothing here. Use the arrows to go to the nearest day with papers.</EmptyState>
      )}
      <Pager page={page} hasMore={page * PAGE_SIZE < day.total} href={(n) => `/daily/${date}?page=${n}`} label="Pages of this day" />
    </div>
  );
}
