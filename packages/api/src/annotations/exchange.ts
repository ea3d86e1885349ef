import { TRPCError } from "@trpc/server";
import type { Db } from "@commonplace/db";
import { annotationsToMarkdown, toW3CAnnotation, toW3CCollection, type AnnotationExportInput } from "@commonplace/formats/annotations";
import { appUrl } from "../lib/app-url.ts";
import type { Access } from "./access.ts";
import { listThreads } from "./read.ts";
import type { AnnotationView, ThreadView } from "./schemas.ts";

// Export (Markdown, W3C JSON-LD) of what the caller may see, and JSON-LD import into a paper: every item
// is re-anchored on the paper's current text and reported on its own (nothing is silently dropped:
// a passage that cannot be found is imported as ORPHANED and listed under "needs attention").
// Every IRI in the JSON-LD answers GET on REST v1 (rest/annotations.ts): the collection, its page and
// each annotation (`?format=jsonld`), so the export is a set of resolvable W3C resources.

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
    tags: a.tags,
    deleted: a.deleted,
  };
}
/**
 * The threads' annotations. A deleted one is listed only while it still has live replies (listThreads
 * prunes the rest); it goes out as a tombstone so those replies keep their parent.
 */
const flatten = (threads: ThreadView[]) => threads.flatMap((t) => [t, ...t.replies]).map(toExportInput);

/** One annotation (or reply) as W3C JSON-LD: what its IRI answers. */
export function annotationJsonLd(view: AnnotationView): string {
  return JSON.stringify(toW3CAnnotation(toExportInput(view), { baseUrl: base() }), null, 2);
}

/** The IRIs of an export's collection and of its one page (`&page=0`): both answer GET with JSON-LD. */
function collectionIds(given: string | undefined, ref: { paperId?: string; listId?: string }) {
  const id =
    given ??
    (ref.listId
      ? `${base()}/api/v1/lists/${encodeURIComponent(ref.listId)}/annotations?format=jsonld`
      : `${base()}/api/v1/papers/${encodeURIComponent(ref.paperId!)}/annotations.jsonld`);
  return { id, pageId: `${id}${id.includes("?") ? "&" : "?"}page=0` };
}

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
    const doc = toW3CCollection(items, { baseUrl: base(), label, ...collectionIds(input.selection?.id, input) });
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

export { importAnnotations, type ImportOutcome } from "./exchange-import.ts";
