import { fmt, int, median } from "./report.ts";

// The shape of Meilisearch's indexing for one index, read from its /batches route after a run: how
// many tasks and documents each batch merged, and how long batches took early vs late in the run
// (does indexing cost per document grow with the index?).

interface BatchView {
  uid: number;
  details: { receivedDocuments?: number; indexedDocuments?: number };
  stats: { totalNbTasks: number; types: Record<string, number> };
  duration: string | null;
}

export interface BatchShape {
  batches: number;
  medianDocs: number;
  medianTasks: number;
  /** Documents indexed per second of batch time, over the batches holding the first / last tenth of the documents. */
  firstTenthDocsPerS: number;
  lastTenthDocsPerS: number;
}

/** ISO 8601 duration as Meilisearch writes it ("PT12.345S", "PT1M2.3S") → seconds. */
export function isoSeconds(d: string | null): number {
  const m = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(d ?? "");
  return m ? Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0) : NaN;
}

export async function batchShape(host: string, key: string, indexUid: string): Promise<BatchShape | null> {
  const all: BatchView[] = [];
  let from: number | null = null;
  do {
    const url = `${host}/batches?indexUids=${encodeURIComponent(indexUid)}&limit=1000${from === null ? "" : `&from=${from}`}`;
    const res = await fetch(url, { headers: { Authorization: `Bearer ${key}` } });
    if (!res.ok) return null;
    const page = (await res.json()) as { results: BatchView[]; next: number | null };
    all.push(...page.results);
    from = page.next;
  } while (from !== null);
  const docs = all.filter((b) => b.stats.types.documentAdditionOrUpdate).sort((a, b) => a.uid - b.uid);
  if (docs.length === 0) return null;
  const count = (b: BatchView) => b.details.indexedDocuments ?? b.details.receivedDocuments ?? 0;
  const total = docs.reduce((s, b) => s + count(b), 0);
  const rate = (from: number, to: number) => {
    let n = 0;
    let seen = 0;
    let s = 0;
    for (const b of docs) {
      const c = count(b);
      if (seen + c > from * total && seen < to * total) {
        n += c;
        s += isoSeconds(b.duration);
      }
      seen += c;
    }
    return n / s;
  };
  return {
    batches: docs.length,
    medianDocs: median(docs.map(count)),
    medianTasks: median(docs.map((b) => b.stats.totalNbTasks)),
    firstTenthDocsPerS: rate(0, 0.1),
    lastTenthDocsPerS: rate(0.9, 1),
  };
}

export function describeShape(name: string, s: BatchShape | null): string {
  if (!s) return `${name}: Meilisearch batches not available.`;
  return (
    `${name}: ${int(s.batches)} indexing batches in Meilisearch, median ${int(s.medianDocs)} documents (${fmt(s.medianTasks, 0)} tasks) each; ` +
    `${int(s.firstTenthDocsPerS)} documents/s of batch time over the first tenth of the documents, ${int(s.lastTenthDocsPerS)} over the last ` +
    `(${fmt(s.lastTenthDocsPerS / s.firstTenthDocsPerS, 2)}×).`
  );
}
