import { TRPCError } from "@trpc/server";
import type { Db, Prisma } from "@commonplace/db";
import {
  annotationsToMarkdown,
  parseW3CAnnotations,
  toW3CCollection,
  type AnnotationExportInput,
  type ParsedW3CAnnotation,
} from "@commonplace/formats/annotations";
import { appUrl } from "../lib/app-url.ts";
import type { Access } from "./access.ts";
import { publishAnnotationEvent } from "./events.ts";
import { listThreads } from "./read.ts";
import { ANNOTATION_COLORS, MAX_BODY, type AnnotationView, type ThreadView } from "./schemas.ts";
import { resolveScope } from "./scope.ts";
import { loadPaperText, resolveTarget } from "./text.ts";

// Export (Markdown, W3C JSON-LD) of what the caller may see, and JSON-LD import into a paper: every item
// is re-anchored on the paper's current text and reported on its own (nothing is silently dropped:
// a passage that cannot be found is imported as ORPHANED and listed under "needs attention").

export type ExportFormat = "markdown" | "jsonld";
const base = () => appUrl();

function toExportInput(a: AnnotationView): AnnotationExportInput {
  return {
    id: a.id,
    paperId: a.paperId,
    paperUrl: `${base()}/papers/${a.paperId}`,
    quote: a.quote,
    prefix: a.prefix,
    suffix: a.suffix,
    start: a.start,
    end: a.end,
    body: a.body,
    color: a.color,
    author: a.author ?? { name: "[deleted]", handle: "deleted" },
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    parentId: a.parentId,
  };
}
/** Live annotations of the threads (deleted ones are not exported; their replies then stand alone). */
const flatten = (threads: ThreadView[]) =>
  threads
    .flatMap((t) => [t, ...t.replies])
    .filter((a) => !a.deleted)
    .map(toExportInput);

/** A selection already read through the policy (the annotations page's filters): its threads, a title and the collection's IRI. */
export interface ExportSelection {
  threads: ThreadView[];
  title: string;
  id: string;
}

export async function exportAnnotations(
  db: Db,
  access: Access,
  input: { paperId?: string; listId?: string; shareToken?: string; format: ExportFormat; selection?: ExportSelection },
) {
  const threads =
    input.selection?.threads ?? (await listThreads(db, access, { paperId: input.paperId, listId: input.listId, shareToken: input.shareToken, limit: 500 }));
  const items = flatten(threads);
  const papers = await db.paper.findMany({
    where: { id: { in: [...new Set([...items.map((i) => i.paperId), ...(input.paperId ? [input.paperId] : [])])] } },
    select: { id: true, title: true, arxivId: true, authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true } } } } },
  });
  if (input.paperId && papers.length === 0) throw new TRPCError({ code: "NOT_FOUND", message: "No paper with this id." });
  const list = input.listId ? await db.readingList.findUnique({ where: { id: input.listId }, select: { id: true, title: true } }) : null;
  const group = input.selection ?? list; // several papers under one heading
  const label = input.selection ? input.selection.title : list ? `Annotations on the list “${list.title}”` : `Annotations on “${papers[0]?.title ?? "paper"}”`;
  const slug =
    (group?.title ?? papers[0]?.title ?? "annotations")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "annotations";
  if (input.format === "jsonld") {
    const id = input.selection?.id ?? (list ? `${base()}/api/v1/lists/${list.id}/annotations` : undefined);
    const doc = toW3CCollection(items, { baseUrl: base(), label, ...(id ? { id } : {}) });
    return { body: JSON.stringify(doc, null, 2), contentType: "application/ld+json", filename: `${slug}.annotations.jsonld`, count: items.length };
  }
  const sections = papers.map((p) =>
    annotationsToMarkdown(
      { title: p.title, url: p.arxivId ? `https://arxiv.org/abs/${p.arxivId}` : `${base()}/papers/${p.id}`, authors: p.authors.map((a) => a.author.name) },
      items.filter((i) => i.paperId === p.id),
    ),
  );
  const body = group
    ? [`# ${group.title.replace(/([\\`*_[\]<>#|~!])/g, "\\$1")}`, "", ...sections.map((s) => s.replace(/^# /, "## "))].join("\n")
    : (sections[0] ?? "");
  return { body, contentType: "text/markdown; charset=utf-8", filename: `${slug}.annotations.md`, count: items.length };
}

export interface ImportOutcome {
  ref: string;
  ok: boolean;
  id?: string;
  status?: "ANCHORED" | "LOW_CONFIDENCE" | "ORPHANED";
  error?: string;
}
const MAX_IMPORT = 1000;

export async function importAnnotations(
  db: Db,
  userId: string,
  input: { paperId: string; json: string; visibility: "PRIVATE" | "TEAM" | "PUBLIC"; teamSlug?: string; listId?: string },
): Promise<{ created: number; outcomes: ImportOutcome[] }> {
  const scope = await resolveScope(db, userId, input);
  const doc = await loadPaperText(db, input.paperId);
  const parsed = parseW3CAnnotations(input.json);
  if (parsed.length > MAX_IMPORT) throw new TRPCError({ code: "PAYLOAD_TOO_LARGE", message: `At most ${MAX_IMPORT} annotations per import.` });
  const created = new Map<string, { id: string; rootId: string; status: "ANCHORED" | "LOW_CONFIDENCE" | "ORPHANED" }>(); // original IRI → new row
  const isReply = (p: (typeof parsed)[number]) => p.ok && p.annotation.target.selector.length === 0 && p.annotation.motivation === "replying";
  // Roots first, so replies (in any order in the file) find their thread.
  const ordered = [...parsed.filter((p) => !isReply(p)), ...parsed.filter(isReply)];
  const outcomes = new Map<(typeof parsed)[number], ImportOutcome>();
  for (const item of ordered) {
    if (!item.ok) {
      outcomes.set(item, { ref: item.ref, ok: false, error: item.error });
      continue;
    }
    try {
      outcomes.set(item, await importOne(item.annotation, item.ref));
    } catch (error) {
      outcomes.set(item, { ref: item.ref, ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  }
  async function importOne(a: ParsedW3CAnnotation, ref: string): Promise<ImportOutcome> {
    const body = a.body.slice(0, MAX_BODY);
    const color = a.color && (ANNOTATION_COLORS as readonly string[]).includes(a.color) ? a.color : "yellow";
    const base = {
      paperId: input.paperId,
      authorId: userId,
      teamId: scope.teamId,
      listId: scope.listId,
      visibility: scope.visibility,
      textVersion: doc.version,
    };
    let data: Prisma.AnnotationUncheckedCreateInput;
    if (a.target.selector.length === 0 && a.motivation === "replying") {
      const parent = a.target.source ? created.get(a.target.source) : undefined;
      if (!parent) return { ref, ok: false, error: "a reply to an annotation that is not in this import" };
      if (!body.trim()) return { ref, ok: false, error: "an empty reply" };
      data = { ...base, body, parentId: parent.id, rootId: parent.rootId, anchorStatus: parent.status };
    } else if (a.target.selector.length === 0) {
      return { ref, ok: false, error: "no TextQuoteSelector or TextPositionSelector (whole-document notes are not supported)" };
    } else {
      const t = doc.text ? resolveTarget(doc, { selector: a.target.selector }, "lenient") : { orphan: true as const, reason: "the paper has no text" };
      const quote = a.target.selector.find((s) => s.type === "TextQuoteSelector");
      data =
        "orphan" in t
          ? {
              ...base,
              body,
              color,
              selectors: a.target.selector as unknown as Prisma.InputJsonValue,
              quote: quote && "exact" in quote ? quote.exact : null,
              anchorStatus: "ORPHANED",
              anchorConfidence: 0,
            }
          : {
              ...base,
              body,
              color,
              selectors: (t.status === "ANCHORED" ? t.selectors : a.target.selector) as unknown as Prisma.InputJsonValue,
              quote: t.quote,
              start: t.start,
              end: t.end,
              anchorStatus: t.status,
              anchorConfidence: t.confidence,
            };
    }
    const row = await db.$transaction(async (tx) => {
      const row = await tx.annotation.create({ data, select: { id: true, paperId: true, listId: true, rootId: true, anchorStatus: true } });
      await publishAnnotationEvent(tx, row, "annotation.created", userId);
      return row;
    });
    if (a.id) created.set(a.id, { id: row.id, rootId: row.rootId ?? row.id, status: row.anchorStatus });
    return { ref, ok: true, id: row.id, status: row.anchorStatus };
  }
  const list = parsed.map((p) => outcomes.get(p)!);
  return { created: list.filter((o) => o.ok).length, outcomes: list };
}
