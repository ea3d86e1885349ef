import type { ReactNode } from "react";
import { getServerCaller } from "@/trpc/server";
import { Pager, pageNumber } from "./pager";
import { PaperCardList, type PaperCardData } from "./paper-card";
import { DiscoveryTabs, type DiscoveryTab } from "./discovery-tabs";
import { DiscoveryHeader, EmptyState } from "./section";

const PAGE_SIZE = 25;
const EMPTY = "No papers yet. Import some and they will show up here.";

type Caller = Awaited<ReturnType<typeof getServerCaller>>;
type Loaded = { papers: PaperCardData[]; hasMore: boolean; basis?: "activity" | "newest"; activePapers?: number };
type Loader<L extends Loaded> = (caller: Caller, range: { limit: number; offset: number }) => Promise<L>;

/**
 * The page of a paged list of paper cards under a heading (trending, newest): `?page=n`, 25 a page.
 * Only what is listed (`load`) and the words around it differ between such pages.
 */
export function cardPage<L extends Loaded>(spec: {
  tab: DiscoveryTab;
  eyebrow: string;
  title: string;
  intro: ReactNode | ((loaded: L) => ReactNode);
  path: string;
  load: Loader<L>;
}) {
  return async function CardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
    const page = pageNumber((await searchParams).page);
    const loaded = await spec.load(await getServerCaller(), { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
    const { papers, hasMore } = loaded;
    return (
      <div className="mx-auto max-w-4xl px-4 py-8 sm:px-8">
        <DiscoveryTabs current={spec.tab} />
        <DiscoveryHeader eyebrow={spec.eyebrow} title={spec.title}>
          {typeof spec.intro === "function" ? spec.intro(loaded) : spec.intro}
        </DiscoveryHeader>
        {papers.length > 0 ? <PaperCardList papers={papers} start={(page - 1) * PAGE_SIZE + 1} label={spec.title} /> : <EmptyState>{EMPTY}</EmptyState>}
        <Pager page={page} hasMore={hasMore} href={(n) => `${spec.path}?page=${n}`} />
      </div>
    );
  };
}
