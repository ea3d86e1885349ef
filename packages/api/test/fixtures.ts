import { randomBytes } from "node:crypto";
import type { TeamRole } from "@commonplace/db";
import { appRouter } from "../src/root.ts";
import { createCallerFactory, createTRPCContext } from "../src/trpc.ts";
import { db } from "../src/lib/services.ts";

// Integration-test fixtures: people, papers, teams and callers acting as them. Rows are created directly
// (no password hashing) and named uniquely, so test files share one database without clashing.

const createCaller = createCallerFactory(appRouter);
export const unique = () => randomBytes(5).toString("hex");

export type Caller = ReturnType<typeof createCaller>;
export interface Person {
  id: string;
  handle: string;
  name: string;
  email: string;
}

export function as(person: Person | null): Caller {
  return createCaller(createTRPCContext({ headers: new Headers(), session: person ? { user: { id: person.id, name: person.name } } : null }));
}

export async function person(label = "user"): Promise<Person> {
  const id = unique();
  return db().user.create({
    data: { email: `${label}-${id}@example.org`, handle: `${label}-${id}`.toLowerCase(), name: `${label} ${id}` },
    select: { id: true, handle: true, name: true, email: true },
  });
}

export async function paper(title = `Paper ${unique()}`, extra: { year?: number; authors?: string[]; arxivId?: string } = {}) {
  const key = extra.arxivId ?? `hash:test-${unique()}`;
  const authors = extra.authors ?? ["Ada Lovelace", "Alan Turing"];
  return db().paper.create({
    data: {
      canonicalKey: key,
      arxivId: extra.arxivId ?? null,
      title,
      normTitle: title.toLowerCase(),
      year: extra.year ?? 2020,
      categories: ["cs.LG"],
      source: "test",
      authors: {
        create: authors.map((name, position) => ({
          position,
          author: { connectOrCreate: { where: { normName: name.toLowerCase() }, create: { name, normName: name.toLowerCase() } } },
        })),
      },
    },
  });
}

/** Several papers, created one after another (concurrent creates would race on shared author rows). */
export async function papers(n: number, prefix = "Paper") {
  const out = [];
  for (let i = 0; i < n; i++) out.push(await paper(`${prefix} ${i} ${unique()}`));
  return out;
}

export const ROLES: TeamRole[] = ["VIEWER", "MEMBER", "ADMIN", "OWNER"];

/** A team with one person per role, plus an outsider; `extra` members are MEMBERs. */
export async function team(opts: { extraMembers?: number; isPublic?: boolean } = {}) {
  const slug = `t-${unique()}`;
  const people = {} as Record<TeamRole, Person>;
  for (const role of ROLES) people[role] = await person(role.toLowerCase());
  const outsider = await person("outsider");
  const extra: Person[] = [];
  for (let i = 0; i < (opts.extraMembers ?? 0); i++) extra.push(await person("member"));
  const row = await db().team.create({
    data: {
      slug,
      name: `Team ${slug}`,
      isPublic: opts.isPublic ?? false,
      memberships: { create: [...ROLES.map((role) => ({ userId: people[role].id, role })), ...extra.map((p) => ({ userId: p.id, role: "MEMBER" as const }))] },
    },
  });
  return { id: row.id, slug, people, outsider, extra };
}
export type TeamFixture = Awaited<ReturnType<typeof team>>;

/** The tRPC error code a promise rejects with, or "ok". */
export async function outcome(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (!code) throw error;
    return code;
  }
}
