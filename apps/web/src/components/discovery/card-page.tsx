import type { ReactNode } from "react";
import { Pager } from "./pager";
import { PaperCardList, type PaperCardData } from "./paper-card";
import { DiscoveryTabs, type DiscoveryTab } from "./discovery-tabs";
import { DiscoveryHeader, EmptyState } from "./section";

/** A paged list of paper cards under a heading (trending, newest). */
export function CardPage(props: { tab: DiscoveryTab; eyebrow: string; title: string; intro: ReactNode; papers: PaperCardData[]; hasMore: boolean; page: number; pageSize: number; path: string; empty: ReactNode }) {
  return (
    <div className="mx-auto max-w-4xl px-4 py-8 sm:px-8">
      <DiscoveryTabs current={props.tab} />
      <DiscoveryHeader eyebrow={props.eyebrow} title={props.title}>
        {props.intro}
      </DiscoveryHeader>
      {props.papers.length > 0 ? (
        <PaperCardList papers={props.papers} start={(props.page - 1) * props.pageSize + 1} label={props.title} />
      ) : (
        <EmptyState>{props.empty}</EmptyState>
      )}
      <Pager page={props.page} hasMore={props.hasMore} href={(n) => `${props.path}?page=${n}`} />
    </div>
  );
}
