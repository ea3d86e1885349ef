import type { Db } from "@commonplace/db";
import { appUrl } from "../lib/app-url.ts";
import { visibleAnnotationsWhere } from "../policy/can.ts";
import type { Access } from "./access.ts";
import { exportAnnotations, type ExportFormat } from "./exchange.ts";
import { searchAnnotations } from "./search.ts";
import type { PageFilters } from "./search-schemas.ts";
import { annotationInclude, toThreads } from "./views.ts";

// Exporting the annotations page's selection (its current filters): the threads holding the matching
// annotations — a matching reply brings its thread, so the export has no orphaned replies — each row
// read through the policy again, rendered by exchange.ts like a paper's or a list's export.

export const MAX_SELECTION = 1000;

const FILTER_KEYS = ["teamSlug", "q", "paperId", "tag", "author", "scope", "from", "to"] as const;

/** The selection's own address (REST v1), the JSON-LD collection's id. */
export function selectionUrl(filters: PageFilters, format: ExportFormat): string {
  const params = new URLSearchParams();
  for (const k of FILTER_KEYS) if (filters[k]) params.set(k, filters[k]!);
  params.set("format", format);
  return `${appUrl()}/api/v1/annotations?${params}`;
}

async function selectedRootIds(db: Db, access: Access, filters: PageFilters): Promise<string[]> {
  const roots = new Set<string>();
  let cursor: string | undefined;
  let seen = 0;
  do {
    const page = await searchAnnotations(db, access, { ...filters, limit: 100, ...(cursor ? { cursor } : {}) });
    for (const a of page.items) roots.add(a.rootId ?? a.id);
    seen += page.items.length;
    cursor = page.nextCursor ?? undefined;
  } while (cursor && seen < MAX_SELECTION);
  return [...roots];
}

export async function exportSelection(db: Db, access: Access, filters: PageFilters, format: ExportFormat) {
  const ids = await selectedRootIds(db, access, filters);
  const rows = await db.annotation.findMany({
    where: { AND: [{ OR: [{ id: { in: ids } }, { rootId: { in: ids } }] }, visibleAnnotationsWhere(access.userId)] },
    include: annotationInclude,
    orderBy: [{ paperId: "asc" }, { start: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }],
  });
  const shown = [];
  for (const r of rows) if ((await access.decide("read", r)) === "allow") shown.push(r);
  const threads = await toThreads(
    shown.filter((r) => !r.parentId),
    shown.filter((r) => r.parentId),
    access,
  );
  const whose = filters.teamSlug ? `The team “${filters.teamSlug}”’s annotations` : "My annotations";
  const title = `${whose}${filters.q ? ` matching “${filters.q}”` : ""}`;
  return exportAnnotations(db, access, { format, selection: { threads, title, id: selectionUrl(filters, "jsonld") } });
}
