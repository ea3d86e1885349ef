import { z } from "zod";
import { defineRoute, TextBody } from "./route.ts";
import { callerFor } from "./caller.ts";
import { collectionOrPage, pageParam } from "./jsonld-page.ts";
import { annotationJsonLd } from "../annotations/exchange.ts";
import {
  annotationView,
  annotationVisibilitySchema,
  bodySchema,
  colorSchema,
  createInput,
  replyBodySchema,
  scopeInput,
  threadView,
} from "../annotations/schemas.ts";

// REST v1 for annotations: the same tRPC procedures (one policy), with token auth for writes. An annotation
// is `{ paperId, target: { selector: [...] }, body, color?, visibility, teamSlug?, listId? }`.

const filters = z.object({
  format: z.enum(["json", "jsonld", "markdown"]).default("json").describe("json (threads), jsonld (W3C Web Annotation collection) or markdown"),
  author: z.string().trim().toLowerCase().min(1).max(64).optional().describe("Only threads started by this handle"),
  teamSlug: z.string().trim().toLowerCase().min(1).max(64).optional(),
  visibility: annotationVisibilitySchema.optional(),
  listId: z.string().trim().min(1).max(64).optional(),
  shareToken: z.string().trim().min(1).max(200).optional().describe("The secret of an UNLISTED list's link"),
  page: pageParam,
});
// With ?format=jsonld|markdown the answer is the export (application/ld+json, text/markdown) instead of JSON threads.
const threads = z.object({ threads: z.array(threadView) });
const EXPORT_TYPES = ["application/ld+json", "text/markdown"];

async function exportOrList(ctx: Parameters<typeof callerFor>[0], ref: { paperId?: string; listId?: string }, query: z.output<typeof filters>) {
  const caller = callerFor(ctx);
  if (query.format !== "json") {
    const out = await caller.annotations.export({ ...ref, shareToken: query.shareToken, format: query.format });
    return new TextBody(query.format === "jsonld" ? collectionOrPage(out.body, query.page) : out.body, out.contentType, out.filename);
  }
  return caller.annotations.list({
    ...ref,
    author: query.author,
    teamSlug: query.teamSlug,
    visibility: query.visibility,
    shareToken: query.shareToken,
    limit: 500,
  });
}

export const annotationRoutes = [
  defineRoute({
    method: "GET",
    path: "/papers/{id}/annotations",
    auth: "public",
    summary: "The annotation threads on a paper that you may see (or ?format=jsonld|markdown to export them)",
    tag: "annotations",
    query: filters,
    response: threads,
    alternates: EXPORT_TYPES,
    handle: ({ ctx, params, query }) => exportOrList(ctx, { paperId: params.id!, ...(query.listId ? { listId: query.listId } : {}) }, query),
  }),
  defineRoute({
    method: "GET",
    path: "/papers/{id}/annotations.jsonld",
    auth: "public",
    summary: "A paper's annotations that you may see, as a W3C Web Annotation collection (JSON-LD)",
    tag: "annotations",
    produces: ["application/ld+json"],
    query: z.object({ page: pageParam }),
    response: z.string(),
    handle: async ({ ctx, params, query }) => {
      const out = await callerFor(ctx).annotations.export({ paperId: params.id!, format: "jsonld" });
      return new TextBody(collectionOrPage(out.body, query.page), out.contentType, out.filename);
    },
  }),
  defineRoute({
    method: "GET",
    path: "/lists/{id}/annotations",
    auth: "public",
    summary: "The annotation threads on a reading list's papers that you may see (or ?format=jsonld|markdown)",
    tag: "annotations",
    query: filters.omit({ listId: true }),
    response: threads,
    alternates: EXPORT_TYPES,
    handle: ({ ctx, params, query }) => exportOrList(ctx, { listId: params.id! }, { ...query, listId: undefined }),
  }),
  defineRoute({
    method: "POST",
    path: "/annotations",
    summary: "Create an annotation: target.selector holds W3C TextQuoteSelector / TextPositionSelector on the paper's text",
    tag: "annotations",
    auth: "write",
    status: 201,
    body: createInput,
    response: annotationView,
    handle: ({ ctx, body }) => callerFor(ctx).annotations.create(body),
  }),
  defineRoute({
    method: "GET",
    path: "/annotations/{id}",
    auth: "public",
    summary: "One annotation with its replies (404 when it does not exist or you may not see it); ?format=jsonld: the W3C Web Annotation its IRI names",
    tag: "annotations",
    query: z.object({ format: z.enum(["json", "jsonld"]).default("json").describe("json (the thread) or jsonld (this annotation as a W3C Web Annotation)") }),
    response: threadView,
    alternates: ["application/ld+json"],
    handle: async ({ ctx, params, query }) => {
      const thread = await callerFor(ctx).annotations.thread({ id: params.id! });
      const own = thread.id === params.id ? thread : thread.replies.find((r) => r.id === params.id)!;
      if (query.format === "jsonld") return new TextBody(annotationJsonLd(own), "application/ld+json");
      if (own === thread) return thread;
      const replies = thread.replies.filter((r) => r.parentId === own.id);
      return { ...own, replies, replyCount: replies.filter((r) => !r.deleted).length };
    },
  }),
  defineRoute({
    method: "PATCH",
    path: "/annotations/{id}",
    summary: "Edit your annotation (body, color) or resolve / reopen a thread (resolved)",
    tag: "annotations",
    auth: "write",
    body: z.object({ body: bodySchema.optional(), color: colorSchema.optional(), resolved: z.boolean().optional() }),
    response: annotationView,
    handle: async ({ ctx, params, body }) => {
      const caller = callerFor(ctx);
      const id = params.id!;
      let view = body.body !== undefined || body.color ? await caller.annotations.edit({ id, body: body.body, color: body.color }) : undefined;
      if (body.resolved !== undefined) view = body.resolved ? await caller.annotations.resolve({ id }) : await caller.annotations.reopen({ id });
      return view ?? (await caller.annotations.thread({ id }).then((t) => (t.id === id ? t : t.replies.find((r) => r.id === id)!)));
    },
  }),
  defineRoute({
    method: "DELETE",
    path: "/annotations/{id}",
    summary: "Delete your annotation (a thread with replies stays, showing [deleted])",
    tag: "annotations",
    auth: "write",
    response: z.object({ id: z.string(), deleted: z.literal(true) }),
    handle: ({ ctx, params }) => callerFor(ctx).annotations.delete({ id: params.id! }),
  }),
  defineRoute({
    method: "POST",
    path: "/annotations/{id}/replies",
    summary: "Reply to an annotation",
    tag: "annotations",
    auth: "write",
    status: 201,
    body: z.object({ body: replyBodySchema }),
    response: annotationView,
    handle: ({ ctx, params, body }) => callerFor(ctx).annotations.reply({ id: params.id!, body: body.body }),
  }),
  defineRoute({
    method: "POST",
    path: "/papers/{id}/annotations/import",
    summary: "Import W3C Web Annotation JSON-LD (in `json`) into a paper as your annotations; one outcome per item",
    tag: "annotations",
    auth: "write",
    body: scopeInput.extend({ json: z.string().min(2).max(5_000_000) }),
    response: z.object({
      created: z.number().int(),
      outcomes: z.array(z.object({ ref: z.string(), ok: z.boolean(), id: z.string().optional(), status: z.string().optional(), error: z.string().optional() })),
    }),
    handle: ({ ctx, params, body }) => callerFor(ctx).annotations.import({ ...body, paperId: params.id! }),
  }),
];
