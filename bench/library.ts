// Issue 15.4: latency of `library.entries` (collect the caller's rows in PostgreSQL, typo-tolerant matching in the
// API process) for libraries of 1k, 5k and 10k papers with abstracts, notes on every item and annotations on a
// fifth. Prints a table; asserts nothing.
//
//   npx tsx bench/library.ts [--rounds <n>]
import { createDb } from "@commonplace/db";
import { queryLibrary } from "../packages/api/src/library/query.ts";
import { libraryInput } from "../packages/api/src/library/schemas.ts";
import { percentile, table } from "./lib/report.ts";
import { startServices } from "./lib/services.ts";

const WORDS =
  "attention transformer retrieval sparse graph neural network gradient descent convolution language model reinforcement policy diffusion image segmentation benchmark dataset evaluation optimisation embedding contrastive federated privacy robustness adversarial".split(
    " ",
  );
const words = (n: number, seed: number) => Array.from({ length: n }, (_, i) => WORDS[(seed * 7 + i * 13) % WORDS.length]).join(" ");

const rounds = Number(process.argv[process.argv.indexOf("--rounds") + 1]) || 10;
const services = await startServices("library");
const db = createDb(services.databaseUrl);
try {
  const rows: (string | number)[][] = [];
  for (const size of [1000, 5000, 10000]) {
    const user = await db.user.create({ data: { email: `lib${size}@example.org`, handle: `lib${size}`, name: `Lib ${size}` } });
    const list = await db.readingList.create({ data: { title: `Library ${size}`, ownerId: user.id, createdById: user.id } });
    const ids = Array.from({ length: size }, (_, i) => `p${size}_${i}`);
    await db.paper.createMany({
      data: ids.map((id, i) => ({
        id,
        canonicalKey: `hash:${id}`,
        title: `${words(8, i)} ${i}`,
        normTitle: `${words(8, i)} ${i}`,
        abstract: words(160, i + 1),
        year: 2000 + (i % 25),
        venue: i % 3 ? "NeurIPS" : null,
        categories: [],
        source: "bench",
      })),
    });
    await db.readingListItem.createMany({
      data: ids.map((paperId, i) => ({
        listId: list.id,
        paperId,
        position: String(i).padStart(6, "0"),
        note: `Note ${i}: ${words(30, i + 2)}`,
        addedById: user.id,
      })),
    });
    await db.annotation.createMany({
      data: ids.filter((_, i) => i % 5 === 0).map((paperId, i) => ({ paperId, authorId: user.id, body: `Annotation ${i}: ${words(40, i + 3)}` })),
    });
    await db.paperTag.createMany({ data: ids.filter((_, i) => i % 10 === 0).map((paperId) => ({ userId: user.id, paperId, tag: "reading group" })) });
    const cases: [string, Parameters<typeof libraryInput.parse>[0]][] = [
      ["everything (no query)", {}],
      ["one word", { q: "retrieval" }],
      ["typo", { q: "retreival" }],
      ["three words, last a prefix", { q: "sparse graph neur" }],
      ["tag filter + word", { q: "gradient", tag: "reading group" }],
    ];
    for (const [name, input] of cases) {
      const times: number[] = [];
      let total = 0;
      for (let r = 0; r < rounds; r++) {
        const t0 = performance.now();
        total = (await queryLibrary(db, user.id, libraryInput.parse(input))).total;
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      rows.push([size, name, total, percentile(times, 50).toFixed(0), percentile(times, 95).toFixed(0)]);
    }
  }
  console.log(table(["library size", "query", "matches", "p50 ms", "p95 ms"], rows));
} finally {
  await db.$disconnect();
  await services.stop();
}
