import type { Prisma } from "@commonplace/db";
import { visibleAnnotationsWhere, visibleListsWhere } from "../policy/can.ts";

// Public pages (profiles, team pages, the following feed, and the RSS/Atom feeds) show only what an
// anonymous visitor may read, and stricter still: PUBLIC lists (never UNLISTED: their link is a secret)
// and PUBLIC annotations outside any non-public list. Each filter is ANDed with the policy's own
// anonymous filter, so both have to agree before a row reaches a public page.

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
