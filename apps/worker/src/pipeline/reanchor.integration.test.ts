import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { createDb, type Db } from "@commonplace/db";
import { describe as describeRange } from "@commonplace/anchoring";
import type { ParsedPaper } from "@commonplace/formats";
import { normalizePaper } from "./normalize.ts";
import { persistBatch } from "./persist.ts";

// Re-anchoring through the pipeline: a new arXiv version of a paper arrives with changed text; persist
// re-anchors its annotations in the same transaction — moved ones follow their passage, a rewritten one
// is LOW_CONFIDENCE, a deleted passage's is ORPHANED (kept, with its quote), and events go out at commit.

const url = process.env.DATABASE_URL!;
let db: Db;
let listener: pg.Client;
const events: { kind: string; id?: string; topic: string }[] = [];

const V1 = [
  "Abstract. We study attention in sequence models and report strong results on translation.",
  "Method. The encoder maps an input sequence of symbol representations to a sequence of continuous representations.",
  "Ablation. Removing positional encodings hurts accuracy by a small margin on every benchmark we tried.",
  "Discussion. We believe the approach generalizes to images, audio and video.",
].join("\n\n");
const V2 = [
  "Abstract. We study attention in sequence models and report strong results on translation and parsing.",
  "Related work. Recurrent networks and convolutional networks were the dominant approaches before this paper.",
  "Method. The encoder maps an input sequence of symbol representations to a sequence of continuous representations.",
  "We found that removing positional encodings hurts accuracy by a margin on all benchmark suites in our study.",
].join("\n\n");

const arxivId = `2409.${String(Date.now() % 100000).padStart(5, "0")}`;
const parsed = (version: number, fullText: string): ParsedPaper => ({
  source: "arxiv-jsonl",
  title: "Attention, re-anchored",
  authors: ["Ada Lovelace"],
  arxivId,
  arxivVersion: version,
  categories: ["cs.CL"],
  links: [],
  fullText,
  abstract: "Attention.",
});

async function persist(version: number, text: string): Promise<string> {
  const run = await db.ingestRun.create({ data: { source: "test", label: "reanchor" } });
  const n = normalizePaper(parsed(version, text), `v${version}`);
  if (!n.ok) throw new Error(n.error);
  const [result] = await persistBatch(db, run.id, [{ ref: `v${version}`, paper: n.paper }]);
  if (!result || result.outcome === "FAILED") throw new Error(JSON.stringify(result));
  return result.paperId;
}

beforeAll(async () => {
  db = createDb(url, { max: 3 });
  listener = new pg.Client({ connectionString: url });
  await listener.connect();
  listener.on("notification", (m) => {
    const e = JSON.parse(m.payload ?? "{}");
    events.push({ kind: e.kind, id: e.id, topic: e.topic });
  });
  await listener.query("LISTEN commonplace_events");
});
afterAll(async () => {
  await listener?.end();
  await db?.$disconnect();
});

describe("re-anchoring when a paper's text changes", () => {
  it("moves, flags or orphans each annotation — never drops one — and announces the changes", async () => {
    const paperId = await persist(1, V1);
    const author = await db.user.create({ data: { email: `re-${arxivId}@example.org`, handle: `re-${arxivId.replace(".", "-")}`, name: "Re" } });
    const make = async (passage: string) => {
      const start = V1.indexOf(passage);
      const selectors = describeRange(V1, start, start + passage.length);
      return (
        await db.annotation.create({
          data: {
            paperId,
            authorId: author.id,
            visibility: "PUBLIC",
            selectors: selectors as never,
            quote: passage,
            start,
            end: start + passage.length,
            body: passage.slice(0, 20),
            textVersion: 1,
          },
        })
      ).id;
    };
    const moved = await make("maps an input sequence of symbol representations");
    const typo = await make("Removing positional encodings hurts accuracy by a small margin on every benchmark");
    const orphan = await make("We believe the approach generalizes to images, audio and video.");
    const reply = await db.annotation.create({
      data: { paperId, authorId: author.id, visibility: "PUBLIC", body: "a reply", parentId: orphan, rootId: orphan },
    });

    await persist(2, V2);
    const rows = new Map((await db.annotation.findMany({ where: { paperId } })).map((r) => [r.id, r]));
    expect(rows.size).toBe(4);
    const m = rows.get(moved)!;
    expect(m).toMatchObject({
      anchorStatus: "ANCHORED",
      textVersion: 2,
      quote: "maps an input sequence of symbol representations",
      start: V2.indexOf("maps an input sequence"),
    });
    expect(V2.slice(m.start!, m.end!)).toBe("maps an input sequence of symbol representations");
    expect((m.selectors as { type: string; start?: number }[]).find((s) => s.type === "TextPositionSelector")?.start).toBe(m.start);
    const t = rows.get(typo)!;
    expect(t.anchorStatus).toBe("LOW_CONFIDENCE");
    expect(t.quote).toBe("Removing positional encodings hurts accuracy by a small margin on every benchmark"); // the author's words are kept
    expect(V2.slice(t.start!, t.end!)).toMatch(/^removing positional encodings hurts accuracy by a margin/);
    expect(rows.get(orphan)).toMatchObject({
      anchorStatus: "ORPHANED",
      start: null,
      end: null,
      quote: "We believe the approach generalizes to images, audio and video.",
      textVersion: 2,
    });
    expect(rows.get(reply.id)).toMatchObject({ body: "a reply", deletedAt: null });

    await expect
      .poll(() =>
        events
          .filter((e) => e.topic === `paper:${paperId}` && e.kind === "annotation.reanchored")
          .map((e) => e.id)
          .sort(),
      )
      .toEqual([moved, typo, orphan].sort());
    await expect
      .poll(() =>
        events
          .filter((e) => e.topic === `user:${author.id}` && e.kind === "annotation.needs-attention")
          .map((e) => e.id)
          .sort(),
      )
      .toEqual([typo, orphan].sort());

    // An ingest that changes nothing in the text re-anchors nothing.
    const before = events.length;
    await persist(2, V2);
    expect((await db.annotation.findUniqueOrThrow({ where: { id: moved } })).updatedAt).toEqual(m.updatedAt);
    expect(events.slice(before).filter((e) => e.kind === "annotation.reanchored")).toEqual([]);
  });
});
