// Child process for the pages bench: one reader with a public profile, public reading lists with items
// and public annotations with comments — created through the tRPC API (the same validation, anchoring and
// activity rows as the product), the person row directly (as the test fixtures do: no password needed).
// Configuration arrives through the environment (DATABASE_URL, MEILI_*, AUTH_SECRET); the result goes back
// over IPC: the profile handle and the ids of the papers the bench requests.
import { appRouter, createCallerFactory, createTRPCContext } from "@commonplace/api";
import { createDb } from "@commonplace/db";

export interface SeededPublic {
  handle: string;
  /** Papers to request: a random sample of the corpus plus every paper that has lists/annotations on it. */
  paperIds: string[];
  /** Papers with public annotations (subset of paperIds). */
  annotatedIds: string[];
  lists: number;
  items: number;
  annotations: number;
}

const LISTS = 3;
const ITEMS_PER_LIST = 25;
const ANNOTATED_PAPERS = 20;
const ANNOTATIONS_PER_PAPER = 2;
const SAMPLE = Number(process.argv[2] ?? 1000);

const db = createDb(process.env.DATABASE_URL!, { max: 2 });
const user = await db.user.create({
  data: {
    email: "bench-reader@example.org",
    handle: "bench-reader",
    name: "Bench Reader",
    bio: "Reads papers on learning theory and information retrieval; annotates the good parts.",
    website: "https://example.org",
    orcid: "0000-0002-1825-0097",
    github: "bench-reader",
  },
});
const caller = createCallerFactory(appRouter)(createTRPCContext({ headers: new Headers(), session: { user: { id: user.id, name: user.name } } }));

const sample = await db.$queryRaw<{ id: string }[]>`SELECT id FROM "Paper" ORDER BY random() LIMIT ${SAMPLE + LISTS * ITEMS_PER_LIST}`;
const listed = sample.slice(0, LISTS * ITEMS_PER_LIST).map((r) => r.id);
const rest = sample.slice(LISTS * ITEMS_PER_LIST).map((r) => r.id);

let items = 0;
for (let l = 0; l < LISTS; l++) {
  const list = await caller.lists.create({ title: `Reading list ${l + 1}`, description: "Papers worth the time, in reading order.", visibility: "PUBLIC" });
  for (const paperId of listed.slice(l * ITEMS_PER_LIST, (l + 1) * ITEMS_PER_LIST)) {
    await caller.lists.addItem({ listId: list.id, paperId, note: "Section 3 is the interesting part." });
    items++;
  }
}

/** A highlight of the k-th sentence-ish span of the paper's annotatable text (word boundaries). */
function span(text: string, k: number): { start: number; end: number } {
  const words = [...text.matchAll(/\S+/g)];
  const from = Math.min(k * 12, Math.max(0, words.length - 8));
  const first = words[from]!;
  const last = words[Math.min(words.length - 1, from + 7)]!;
  return { start: first.index, end: last.index + last[0].length };
}

let annotations = 0;
const annotatedIds = listed.slice(0, ANNOTATED_PAPERS);
for (const paperId of annotatedIds) {
  const doc = await caller.annotations.document({ paperId });
  for (let k = 0; k < ANNOTATIONS_PER_PAPER; k++) {
    await caller.annotations.create({
      paperId,
      target: span(doc.text, k),
      body: `**Note ${k + 1}.** This claim needs the assumption from the previous paragraph; compare with [the survey](https://example.org/survey).`,
      visibility: "PUBLIC",
    });
    annotations++;
  }
}

const result: SeededPublic = { handle: user.handle, paperIds: [...listed, ...rest], annotatedIds, lists: LISTS, items, annotations };
process.send?.(result);
await db.$disconnect();
process.disconnect?.();
