import { TRPCError } from "@trpc/server";
import type { ImportOutcome } from "./exchange.ts";

// A file from which nothing could be imported (not JSON, not W3C annotations, too large, every item refused)
// is refused as a whole — 400 with the parser's reason, which the import dialog shows — instead of a 200
// whose outcomes all failed. A file with some good annotations still reports each one on its own.

export function refuseUnreadableFile<T extends { created: number; outcomes: ImportOutcome[] }>(result: T): T {
  const failed = result.outcomes.filter((o) => !o.ok);
  if (result.created > 0 || failed.length === 0) return result;
  const first = failed[0]!;
  const where = first.ref === "input" ? "" : ` (${first.ref.slice(0, 80)})`;
  const more = failed.length > 1 ? `; ${failed.length - 1} more ${failed.length === 2 ? "annotation was" : "annotations were"} refused too` : "";
  throw new TRPCError({ code: "BAD_REQUEST", message: `This file cannot be imported: ${first.error ?? "not a W3C Web Annotation export"}${where}${more}.` });
}
