import { Prisma } from "@commonplace/db";
import { visibleAnnotationsWhere, visibleListsWhere } from "./can.ts";

// What "public" means — the one definition, for every page, feed, count and score that shows content to
// anyone: profiles, team pages, the following feed, RSS/Atom, paper cards' counts and trending. Stricter
// than what a signed-out visitor may open (can.ts): PUBLIC lists (never UNLISTED: their link is a secret),
// and PUBLIC, not deleted annotations in no list or in a PUBLIC list (a TEAM-scoped note on a list that
// became public is readable on the list, but never published beyond it). Each Prisma filter is ANDed with
// the policy's anonymous filter, so both have to agree; the SQL form (for raw aggregate queries) says the
// same thing, and test/security/public-annotation.integration.test.ts proves the two select the same rows.

/** PUBLIC lists, as an anonymous reader sees them. */
export function publicListsWhere(extra: Prisma.ReadingListWhereInput = {}): Prisma.ReadingListWhereInput {
  return { AND: [extra, { visibility: "PUBLIC" }, visibleListsWhere(null)] };
}

/** PUBLIC, not deleted, and either in no list or in a list that is PUBLIC now. */
export function publicAnnotationsWhere(extra: Prisma.AnnotationWhereInput = {}): Prisma.AnnotationWhereInput {
  return {
    AND: [
      extra,
      { visibility: "PUBLIC", deletedAt: null },
      { OR: [{ listId: null }, { list: { is: { visibility: "PUBLIC" } } }] },
      visibleAnnotationsWhere(null),
    ],
  };
}

/** publicAnnotationsWhere as SQL, over annotation `a` LEFT JOINed to its list `l`: defined below the API, where the worker's trending scores use it too. */
export { publicAnnotationSql } from "@commonplace/catalogue";
