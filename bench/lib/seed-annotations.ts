import type { AnnotationVisibility, Db } from "@commonplace/db";

// Seeds `size` annotations for bench/annotations-page.ts: 200 people, 2,000 papers, 10 teams; the viewer
// (person 0) writes a fifth of everything, persons 0–19 share a team. Bodies and quotes are drawn from a
// Zipf-like vocabulary of made-up words (deterministic PRNG), so a word can be common, middling or rare.

const SYLLABLES = "ka lo mi ren tu sa vel dor pi nax qua zet lum bri fo gan".split(" ");
const VOCAB = Array.from({ length: 5000 }, (_, i) => {
  let n = i + SYLLABLES.length;
  let w = "";
  while (n > 0) {
    w += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  return w;
});

function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export async function seedAnnotations(db: Db, size: number) {
  const rand = prng(16);
  const word = () => VOCAB[Math.min(VOCAB.length - 1, Math.floor(VOCAB.length ** rand()) - 1)]!;
  const words = (n: number) => Array.from({ length: n }, word).join(" ");
  const people = 200;
  const papers = 2000;
  await db.user.createMany({
    data: Array.from({ length: people }, (_, u) => ({ id: `u${u}`, email: `u${u}@example.org`, handle: `u${u}`, name: `Person ${u}` })),
  });
  await db.paper.createMany({
    data: Array.from({ length: papers }, (_, p) => ({
      id: `p${p}`,
      canonicalKey: `hash:p${p}`,
      title: `Paper ${p} ${words(6)}`,
      normTitle: `paper ${p}`,
      categories: [],
      source: "bench",
    })),
  });
  await db.team.createMany({ data: Array.from({ length: 10 }, (_, t) => ({ id: `t${t}`, slug: `team-${t}`, name: `Team ${t}` })) });
  const teamOf = (u: number) => (u < 20 ? "t0" : `t${1 + (u % 9)}`);
  await db.membership.createMany({ data: Array.from({ length: people }, (_, u) => ({ teamId: teamOf(u), userId: `u${u}`, role: "MEMBER" as const })) });
  const base = Date.parse("2025-01-01T00:00:00Z");
  let mine = 0;
  let teamRows = 0;
  for (let from = 0; from < size; from += 2000) {
    const data = [];
    for (let i = from; i < Math.min(size, from + 2000); i++) {
      const u = i % 5 === 0 ? 0 : 1 + ((i * 7919) % (people - 1));
      const k = i % 10;
      const visibility: AnnotationVisibility = k < 4 ? "PRIVATE" : k < 7 || k === 9 ? "TEAM" : "PUBLIC";
      const teamId = visibility === "TEAM" ? teamOf(u) : null;
      if (u === 0) mine++;
      if (teamId === "t0") teamRows++;
      data.push({
        paperId: `p${(i * 31) % papers}`,
        authorId: `u${u}`,
        visibility,
        teamId,
        quote: words(8),
        start: i % 5000,
        end: (i % 5000) + 60,
        body: words(30),
        tags: [...(i % 7 === 0 ? ["method"] : []), ...(i % 11 === 0 ? ["to discuss"] : [])],
        createdAt: new Date(base + i * 300_000),
      });
    }
    await db.annotation.createMany({ data });
  }
  await db.$executeRawUnsafe(`ANALYZE "Annotation"`);
  return {
    me: "u0",
    colleague: "u1",
    teamSlug: "team-0",
    paperId: "p0",
    papers,
    people,
    mine,
    teamRows,
    words: { common: VOCAB[0]!, mid: VOCAB[40]!, rare: VOCAB[3000]! },
  };
}
