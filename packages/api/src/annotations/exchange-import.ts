import { TRPCError } from "@trpc/server";
import { normalizeTagSet } from "@commonplace/catalogue";
import type { Db, Prisma } from "@commonplace/db";
import { parseW3CAnnotations, type ParsedW3CAnnotation, type W3CParseOutcome } from "@commonplace/formats/annotations";
import { publishAnnotationEvent } from "./events.ts";
import { ANNOTATION_COLORS, MAX_BODY } from "./schemas.ts";
import { resolveScope } from "./scope.ts";
import { loadPaperText, resolveTarget, type PaperText } from "./text.ts";

// W3C JSON-LD import into a paper, as the importer's annotations in the scope they chose. What an
// export carries comes back: bodies, tags, colours, selectors (re-anchored on the current text), the
// replies tree (tombstones of deleted replies included, so nothing under them is orphaned), page notes
// (a target without selector) and the W3C created / modified times.

export interface ImportOutcome {
  ref: string;
  ok: boolean;
  id?: string;
  status?: "ANCHORED" | "LOW_CONFIDENCE" | "ORPHANED";
  error?: string;
}
type Status = NonNullable<ImportOutcome["status"]>;
type Parsed = Extract<W3CParseOutcome, { ok: true }>;
const MAX_IMPORT = 1000;

/** A file's time, never in the future (a date in 2099 would pin an import to the top of every feed). */
const notLater = (iso: string, now: Date) => new Date(Math.min(Date.parse(iso), now.getTime()));

const isReply = (a: ParsedW3CAnnotation) => a.target.selector.length === 0 && a.motivation === "replying";

/** The row for a root: a passage re-anchored on the current text, or a page note (no selector). */
function rootData(doc: PaperText, a: ParsedW3CAnnotation): Partial<Prisma.AnnotationUncheckedCreateInput> {
  if (a.target.selector.length === 0) return { anchorStatus: "ANCHORED" }; // a page note: no passage, no colour
  const color = a.color && (ANNOTATION_COLORS as readonly string[]).includes(a.color) ? a.color : "yellow";
  const t = doc.text ? resolveTarget(doc, { selector: a.target.selector }, "lenient") : { orphan: true as const, reason: "the paper has no text" };
  if ("orphan" in t) {
    const quote = a.target.selector.find((s) => s.type === "TextQuoteSelector");
    return {
      color,
      selectors: a.target.selector as unknown as Prisma.InputJsonValue,
      quote: quote && "exact" in quote ? quote.exact : null,
      anchorStatus: "ORPHANED",
      anchorConfidence: 0,
    };
  }
  return {
    color,
    selectors: (t.status === "ANCHORED" ? t.selectors : a.target.selector) as unknown as Prisma.InputJsonValue,
    quote: t.quote,
    start: t.start,
    end: t.end,
    anchorStatus: t.status,
    anchorConfidence: t.confidence,
  };
}

export async function importAnnotations(
  db: Db,
  userId: string,
  input: { paperId: string; json: string; visibility: "PRIVATE" | "TEAM" | "PUBLIC"; teamSlug?: string; listId?: string },
): Promise<{ created: number; outcomes: ImportOutcome[] }> {
  const scope = await resolveScope(db, userId, input);
  const doc = await loadPaperText(db, input.paperId);
  const parsed = parseW3CAnnotations(input.json);
  if (parsed.length > MAX_IMPORT) throw new TRPCError({ code: "PAYLOAD_TOO_LARGE", message: `At most ${MAX_IMPORT} annotations per import.` });
  const created = new Map<string, { id: string; rootId: string; status: Status }>(); // original IRI → new row
  const outcomes = new Map<W3CParseOutcome, ImportOutcome>();

  async function importOne(a: ParsedW3CAnnotation, ref: string): Promise<ImportOutcome> {
    const body = a.deleted ? "" : a.body.slice(0, MAX_BODY);
    const now = new Date();
    const createdAt = a.created ? notLater(a.created, now) : now;
    let data: Prisma.AnnotationUncheckedCreateInput = {
      paperId: input.paperId,
      authorId: userId,
      teamId: scope.teamId,
      listId: scope.listId,
      visibility: scope.visibility,
      textVersion: doc.version,
      body,
      tags: normalizeTagSet(a.tags),
      createdAt,
      updatedAt: a.modified ? new Date(Math.max(createdAt.getTime(), notLater(a.modified, now).getTime())) : createdAt,
      ...(a.deleted ? { deletedAt: notLater(a.deleted, now) } : {}),
    };
    if (isReply(a)) {
      const parent = a.target.source ? created.get(a.target.source) : undefined;
      if (!parent) return { ref, ok: false, error: "a reply to an annotation that is not in this import" };
      if (!a.deleted && !body.trim()) return { ref, ok: false, error: "an empty reply" };
      data = { ...data, parentId: parent.id, rootId: parent.rootId, anchorStatus: parent.status };
    } else {
      if (a.target.selector.length === 0 && !a.deleted && !body.trim()) return { ref, ok: false, error: "a page note (no selector) without text" };
      data = { ...data, ...rootData(doc, a) };
    }
    const row = await db.$transaction(async (tx) => {
      const row = await tx.annotation.create({
        data,
        select: { id: true, paperId: true, authorId: true, visibility: true, teamId: true, listId: true, rootId: true, anchorStatus: true },
      });
      await publishAnnotationEvent(tx, row, "annotation.created", userId);
      return row;
    });
    if (a.id) created.set(a.id, { id: row.id, rootId: row.rootId ?? row.id, status: row.anchorStatus });
    return { ref, ok: true, id: row.id, status: row.anchorStatus };
  }
  async function run(item: Parsed) {
    try {
      outcomes.set(item, await importOne(item.annotation, item.ref));
    } catch (error) {
      outcomes.set(item, { ref: item.ref, ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  }

  for (const item of parsed) if (!item.ok) outcomes.set(item, { ref: item.ref, ok: false, error: item.error });
  const good = parsed.filter((p): p is Parsed => p.ok);
  // Roots first; then replies in rounds, each reply once its parent exists (any order in the file, any depth).
  for (const item of good) if (!isReply(item.annotation)) await run(item);
  let waiting = good.filter((p) => isReply(p.annotation));
  while (waiting.length) {
    const ready = waiting.filter((p) => p.annotation.target.source !== undefined && created.has(p.annotation.target.source));
    for (const item of ready.length ? ready : waiting) await run(item); // none ready: each reports its missing parent
    waiting = ready.length ? waiting.filter((p) => !ready.includes(p)) : [];
  }
  const list = parsed.map((p) => outcomes.get(p)!);
  return { created: list.filter((o) => o.ok).length, outcomes: list };
}
