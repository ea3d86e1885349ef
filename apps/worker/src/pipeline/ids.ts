import { randomBytes } from "node:crypto";

/**
 * Ids for rows the pipeline inserts in bulk (createMany cannot hand back generated ids). Same shape
 * as Prisma's cuid(): a leading "c", a time part, a random part; valid as a Meilisearch primary key.
 */
export function newId(): string {
  return `c${Date.now().toString(36)}${randomBytes(8).toString("hex")}`;
}
