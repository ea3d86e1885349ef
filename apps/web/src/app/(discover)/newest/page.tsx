import { CardPage } from "@/components/discovery/card-page";
import { pageNumber } from "@/components/discovery/pager";
import { getServerCaller } from "@/trpc/server";

export const metadata = { title: "Newest papers", description: "The most recently published papers on this server." };

const PAGE_SIZE = 25;

export default async function NewestPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const page = pageNumber((await searchParams).page);
  const result = await (await getServerCaller()).discovery.newest({ limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  return (
    <CardPage
      tab="newest"
      eyebrow="Newest"
      title="Newest papers"
      intro="Everything on this server, most recently published first."
      papers={result.papers}
      hasMore={result.hasMore}
      page={page}
      pageSize={PAGE_SIZE}
      path="/newest"
      empty="No papers yet. Import some and they will show up here."
    />
  );
}
