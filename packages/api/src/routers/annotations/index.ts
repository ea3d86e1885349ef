import { z } from "zod";
import { protectedProcedure, publicProcedure, router } from "../../trpc.ts";
import { Access } from "../../annotations/access.ts";
import { exportAnnotations, importAnnotations } from "../../annotations/exchange.ts";
import { refuseUnreadableFile } from "../../annotations/import-file.ts";
import { getThread, listThreads, needsAttention } from "../../annotations/read.ts";
import {
  annotationView,
  bodySchema,
  colorSchema,
  createInput,
  documentView,
  idRef,
  listInput,
  replyBodySchema,
  scopeInput,
  threadView,
} from "../../annotations/schemas.ts";
import { paperPdfInfo, paperPdfUrl } from "../../papers/pdf.ts";
import { cachedPaperText, cachedPublicPdf } from "../../public-cache/reads.ts";
import { toView } from "../../annotations/views.ts";
import { visibleThreadCounts } from "../../annotations/counts.ts";
import { rememberedScope } from "../../annotations/scope-memory.ts";
import { createAnnotation, deleteAnnotation, editAnnotation, replyTo, setResolved } from "../../annotations/write.ts";

// annotations.* — anchored highlights and their threads. Every procedure decides through policy/can.ts
// (decideAnnotation / visibleAnnotationsWhere); see annotations/ for the rules.

const shareToken = z.string().trim().min(1).max(200).optional();
const byId = z.object({ id: idRef });
const attentionView = annotationView.extend({ paper: z.object({ id: z.string(), title: z.string() }) });

export const annotationsRouter = router({
  /** The text that annotation offsets refer to (full text when known, else the abstract), with its version. */
  document: publicProcedure
    .input(z.object({ paperId: idRef }))
    .output(documentView)
    .query(async ({ ctx, input }) => {
      const doc = await cachedPaperText(ctx.db, input.paperId);
      const visible = ctx.user ? await paperPdfInfo(ctx.db, input.paperId, ctx.user.id) : await cachedPublicPdf(ctx.db, input.paperId);
      // The PDF view maps a PDF's pages onto the canonical text: only a PDF this viewer may see whose text it is.
      const pdf = doc.source === "fullText" && visible?.canonical ? { url: paperPdfUrl(input.paperId), size: visible.size } : null;
      // Otherwise the viewer's own (or their team's) upload is offered as a file to open.
      const ownPdf = visible && !pdf ? { url: paperPdfUrl(input.paperId), fileName: visible.fileName, visibility: visible.visibility } : null;
      return { ...doc, pdf, ownPdf };
    }),

  /** Threads on a paper and/or a list that the caller may see, filtered by author, team, visibility, resolved. */
  list: publicProcedure
    .input(listInput)
    .output(z.object({ threads: z.array(threadView) }))
    .query(async ({ ctx, input }) => ({ threads: await listThreads(ctx.db, new Access(ctx.db, ctx.user?.id ?? null, input.shareToken), input) })),

  /** One thread (root + replies) holding annotation `id` — what a client refetches after a live event. */
  thread: publicProcedure
    .input(byId.extend({ shareToken }))
    .output(threadView)
    .query(({ ctx, input }) => getThread(ctx.db, new Access(ctx.db, ctx.user?.id ?? null, input.shareToken), input.id, input.shareToken)),

  /** Start a thread: a highlight (optionally with a comment) on the paper's current text. */
  create: protectedProcedure
    .input(createInput.extend({ shareToken }))
    .output(annotationView)
    .mutation(async ({ ctx, input }) => {
      const access = new Access(ctx.db, ctx.user.id, input.shareToken);
      return toView(await createAnnotation(ctx.db, ctx.user.id, input, access), access);
    }),

  reply: protectedProcedure
    .input(byId.extend({ body: replyBodySchema }))
    .output(annotationView)
    .mutation(async ({ ctx, input }) => {
      const access = new Access(ctx.db, ctx.user.id);
      return toView(await replyTo(ctx.db, access, input.id, input.body), access);
    }),

  /** Edit your own annotation or reply (body; colour on a thread's root). Sets editedAt. */
  edit: protectedProcedure
    .input(byId.extend({ body: bodySchema.optional(), color: colorSchema.optional() }))
    .output(annotationView)
    .mutation(async ({ ctx, input }) => {
      const access = new Access(ctx.db, ctx.user.id);
      return toView(await editAnnotation(ctx.db, access, input.id, input), access);
    }),

  /** Delete your own (soft: a thread with replies stays readable, showing "[deleted]"). */
  delete: protectedProcedure
    .input(byId)
    .output(z.object({ id: z.string(), deleted: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await deleteAnnotation(ctx.db, new Access(ctx.db, ctx.user.id), input.id);
      return { id: input.id, deleted: true as const };
    }),

  /** Resolve a thread (its author, or an editor of its team / list). */
  resolve: protectedProcedure
    .input(byId)
    .output(annotationView)
    .mutation(async ({ ctx, input }) => {
      const access = new Access(ctx.db, ctx.user.id);
      return toView(await setResolved(ctx.db, access, input.id, true), access);
    }),

  reopen: protectedProcedure
    .input(byId)
    .output(annotationView)
    .mutation(async ({ ctx, input }) => {
      const access = new Access(ctx.db, ctx.user.id);
      return toView(await setResolved(ctx.db, access, input.id, false), access);
    }),

  /** The scope a new thread on this paper starts in: your last one here, else in the list's team, else PRIVATE (still usable). */
  rememberedScope: protectedProcedure
    .input(z.object({ paperId: idRef, listId: idRef.optional() }))
    .output(z.object({ visibility: z.enum(["PRIVATE", "TEAM", "PUBLIC"]), teamSlug: z.string().nullable(), from: z.enum(["paper", "team", "default"]) }))
    .query(({ ctx, input }) => rememberedScope(ctx.db, ctx.user.id, input)),

  /** Threads (page notes + highlights) per paper that the caller may read; signed out, the public ones. For paper cards. */
  counts: publicProcedure
    .input(z.object({ paperIds: z.array(idRef).max(100) }))
    .output(z.array(z.object({ paperId: z.string(), threads: z.number().int(), pageNotes: z.number().int() })))
    .query(({ ctx, input }) => visibleThreadCounts(ctx.db, ctx.user?.id ?? null, input.paperIds)),

  /** Your highlights that re-anchoring placed with low confidence or could not find (orphaned). */
  needsAttention: protectedProcedure
    .input(z.object({ limit: z.number().int().min(1).max(100).default(50), cursor: idRef.optional() }))
    .output(z.object({ items: z.array(attentionView), nextCursor: z.string().nullable() }))
    .query(({ ctx, input }) => needsAttention(ctx.db, new Access(ctx.db, ctx.user.id), input)),

  /** A paper's or a list's annotations that you may see, as Markdown or W3C Web Annotation JSON-LD. */
  export: publicProcedure
    .input(
      z
        .object({ paperId: idRef.optional(), listId: idRef.optional(), shareToken, format: z.enum(["markdown", "jsonld"]) })
        .refine((i) => i.paperId || i.listId, { message: "paperId or listId is required", path: ["paperId"] }),
    )
    .output(z.object({ body: z.string(), contentType: z.string(), filename: z.string(), count: z.number().int() }))
    .query(({ ctx, input }) => exportAnnotations(ctx.db, new Access(ctx.db, ctx.user?.id ?? null, input.shareToken), input)),

  /** Import W3C JSON-LD into a paper as your annotations, each re-anchored; one outcome per item. */
  import: protectedProcedure
    .input(scopeInput.extend({ paperId: idRef, json: z.string().min(2).max(5_000_000) }))
    .output(
      z.object({
        created: z.number().int(),
        outcomes: z.array(
          z.object({
            ref: z.string(),
            ok: z.boolean(),
            id: z.string().optional(),
            status: z.enum(["ANCHORED", "LOW_CONFIDENCE", "ORPHANED"]).optional(),
            error: z.string().optional(),
          }),
        ),
      }),
    )
    .mutation(async ({ ctx, input }) => refuseUnreadableFile(await importAnnotations(ctx.db, ctx.user.id, input))),
});
