import { redirect } from "next/navigation";
import { DiscoveryTabs } from "@/components/discovery/discovery-tabs";
import { EmptyState, DiscoveryHeader } from "@/components/discovery/section";
import { getServerCaller } from "@/trpc/server";

export const metadata = { title: "Daily papers" };

/** /daily → the latest day that has papers. */
export default async function DailyIndex() {
  const day = await (await getServerCaller()).discovery.daily({ limit: 1 });
  if (day.date) redirect(`/daily/${day.date}`);
  return (
    <div className="mx-auto max-w-4xl px-4 py-8 sm:px-8">
      <DiscoveryTabs current="daily" />
      <DiscoveryHeader eyebrow="Daily papers" title="No dated papers yet" />
      <EmptyState>Import papers (arXiv ids, a daily digest, BibTeX…) and they will appear here by the day they were published.</EmptyState>
    </div>
  );
}
