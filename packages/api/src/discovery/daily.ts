import { z } from "zod";
import type { Db } from "@commonplace/db";
import { loadCards, paperCard } from "./cards.ts";

// The daily view: the papers published on one UTC calendar day, most upvoted first, with the nearest earlier
// and later days that have papers for navigation. A paper's day is its publication day from its source
// (Paper.publishedAt in [day 00:00Z, next day 00:00Z): arXiv, a digest's date line, a dated citation).
// Papers with only a year, or no date at all, are on no day: the day they were *added* says nothing about
// when they were published (an import of a 1957 paper is not "published today").

export const dayString = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "A day looks like 2024-05-31.")
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), "Not a calendar day.");

export const dailyInput = z.object({
  /** Omitted: the latest day that has papers. */
  date: dayString.optional(),
  limit: z.number().int().min(1).max(100).default(30),
  offset: z.number().int().min(0).max(10_000).default(0),
});

export const dailyView = z.object({
  /** The day shown, or null when there are no dated papers at all. */
  date: dayString.nullable(),
  papers: z.array(paperCard),
  total: z.number().int(),
  previous: dayString.nullable(),
  next: dayString.nullable(),
  latest: dayString.nullable(),
});
export type DailyView = z.infer<typeof dailyView>;

const DAY_MS = 24 * 3600 * 1000;
const dayOf = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);

/** UTC bounds of a day: [start, end). */
export function dayBounds(day: string): { start: Date; end: Date } {
  const start = new Date(`${day}T00:00:00.000Z`);
  return { start, end: new Date(start.getTime() + DAY_MS) };
}

/** The latest (or earliest) publication day before (or from) an instant. */
async function nearestDay(db: Db, direction: "before" | "from", at?: Date): Promise<string | null> {
  const range = at ? (direction === "before" ? { lt: at } : { gte: at }) : {};
  const order = direction === "before" ? "desc" : "asc";
  const row = await db.paper.findFirst({ where: { publishedAt: { not: null, ...range } }, orderBy: { publishedAt: order }, select: { publishedAt: true } });
  return dayOf(row?.publishedAt);
}

export const latestDay = (db: Db) => nearestDay(db, "before");

export async function dailyPapers(db: Db, input: z.output<typeof dailyInput>): Promise<DailyView> {
  const latest = await latestDay(db);
  const date = input.date ?? latest;
  if (!date) return { date: null, papers: [], total: 0, previous: null, next: null, latest };
  const { start, end } = dayBounds(date);
  const inDay = { publishedAt: { gte: start, lt: end } };
  const [rows, total, previous, next] = await Promise.all([
    db.paper.findMany({
      where: inDay,
      orderBy: [{ upvoteCount: "desc" }, { createdAt: "asc" }, { id: "asc" }],
      skip: input.offset,
      take: input.limit,
      select: { id: true },
    }),
    db.paper.count({ where: inDay }),
    nearestDay(db, "before", start),
    nearestDay(db, "from", end),
  ]);
  return {
    date,
    papers: await loadCards(
      db,
      rows.map((r) => r.id),
    ),
    total,
    previous,
    next,
    latest,
  };
}
