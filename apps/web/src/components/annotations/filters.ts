import type { Thread, Visibility } from "./colors";

export type Filters = { author: string; team: string; visibility: "" | Visibility };
export const noFilters: Filters = { author: "", team: "", visibility: "" };

export function applyFilters(threads: Thread[], f: Filters): Thread[] {
  return threads.filter(
    (t) =>
      (!f.author || t.author?.id === f.author || t.replies.some((r) => r.author?.id === f.author)) &&
      (!f.team || t.team?.slug === f.team) &&
      (!f.visibility || t.visibility === f.visibility),
  );
}

/** The people and teams present in these threads, for the filter menus. */
export function facetsOf(threads: Thread[]) {
  const people = new Map<string, string>();
  const teams = new Map<string, string>();
  for (const t of threads) {
    for (const a of [t, ...t.replies]) if (a.author) people.set(a.author.id, a.author.name);
    if (t.team) teams.set(t.team.slug, t.team.name);
  }
  const sort = (m: Map<string, string>) => [...m].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
  return { people: sort(people), teams: sort(teams) };
}
