import type { ReactNode } from "react";
import { CopyButton } from "./copy-button";
import { formatDate } from "./format";
import { sourceLabel } from "@/components/search/search-state";

type DetailsPaper = {
  identifiers: { arxiv: string | null; doi: string | null };
  publishedAt: string | null;
  addedAt: string;
  year: number | null;
  venue: string | null;
  journalRef: string | null;
  source: string;
  version: number;
  upvotes: number;
  categories: string[];
};

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-0.5 py-2.5 first:pt-0 last:pb-0">
      <dt className="text-xs text-ink-subtle">{label}</dt>
      <dd className="min-w-0 text-sm text-ink">{children}</dd>
    </div>
  );
}

/** The paper's record: identifiers (copyable, linked), dates, venue, provenance. */
export function PaperDetails({ paper }: { paper: DetailsPaper }) {
  const { arxiv, doi } = paper.identifiers;
  return (
    <dl className="divide-y divide-line" data-testid="paper-details">
      {arxiv ? (
        <Row label="arXiv">
          <span className="flex items-center gap-1">
            <a
              href={`https://arxiv.org/abs/${arxiv}`}
              target="_blank"
              rel="noopener noreferrer"
              className="truncate font-mono text-[13px] text-accent underline-offset-4 hover:underline"
            >
              {arxiv}
              {paper.version > 1 ? `v${paper.version}` : ""}
            </a>
            <CopyButton value={arxiv} label="arXiv id" />
          </span>
        </Row>
      ) : null}
      {doi ? (
        <Row label="DOI">
          <span className="flex items-center gap-1">
            <a
              href={`https://doi.org/${doi}`}
              target="_blank"
              rel="noopener noreferrer"
              className="truncate font-mono text-[13px] text-accent underline-offset-4 hover:underline"
            >
              {doi}
            </a>
            <CopyButton value={doi} label="DOI" />
          </span>
        </Row>
      ) : null}
      {paper.publishedAt || paper.year ? <Row label="Published">{paper.publishedAt ? formatDate(paper.publishedAt) : paper.year}</Row> : null}
      <Row label="Added to this server">{formatDate(paper.addedAt.slice(0, 10))}</Row>
      {paper.venue ? <Row label="Venue">{paper.venue}</Row> : null}
      {paper.journalRef ? <Row label="Journal reference">{paper.journalRef}</Row> : null}
      {paper.categories.length > 0 ? (
        <Row label="Categories">
          <span>{paper.categories.join(", ")}</span>
        </Row>
      ) : null}
      <Row label="Added from">{sourceLabel(paper.source)}</Row>
    </dl>
  );
}
