import { z } from "zod";
import { defineRoute, TextBody } from "./route.ts";
import { callerFor } from "./caller.ts";
import { notFound } from "./errors.ts";
import { db } from "../lib/services.ts";
import { decideList } from "../policy/can.ts";
import { loadList } from "../policy/scope.ts";
import { itemView, listSummaryView, listView, visibilitySchema } from "../lists/views.ts";
import { exportList, listCitables } from "../lists/export.ts";
import { citedBody, requestedFormat, STYLED_EXPORT_TYPES, styledExport, styledExportQuery } from "./cite.ts";
import { applyFinishedImports } from "../lists/import.ts";
import { descriptionSchema, noteSchema, titleSchema, versionSchema } from "../routers/lists/schemas.ts";
import { newListInput } from "../routers/lists/schemas.ts";

const EXPORT_TYPES = ["application/x-bibtex", "application/x-research-info-systems", "application/vnd.citationstyles.csl+json", "text/markdown"];
const shareQuery = z.object({ shareToken: z.string().trim().min(1).max(200).optional().describe("The secret of an UNLISTED list's link") });

export const listRoutes = [
  defineRoute({
    method: "GET",
    path: "/lists",
    summary: "Your reading lists: personal ones and those of your teams",
    tag: "lists",
    auth: "read",
    query: z.object({ scope: z.enum(["all", "personal", "teams"]).default("all") }),
    response: z.object({ lists: z.array(listSummaryView) }),
    handle: async ({ ctx, query }) => ({ lists: await callerFor(ctx).lists.mine({ scope: query.scope }) }),
  }),
  defineRoute({
    method: "POST",
    path: "/lists",
    summary: "Create a reading list (a team list with teamSlug)",
    tag: "lists",
    auth: "write",
    status: 201,
    body: newListInput,
    response: listView,
    handle: ({ ctx, body }) => callerFor(ctx).lists.create(body),
  }),
  defineRoute({
    method: "GET",
    path: "/lists/{id}",
    summary: "A reading list with its items in order (404 when it does not exist or you may not see it)",
    tag: "lists",
    auth: "public",
    query: shareQuery,
    response: listView.extend({ items: z.array(itemView) }),
    handle: async ({ ctx, params, query }) => {
      const caller = callerFor(ctx);
      const ref = { listId: params.id!, shareToken: query.shareToken };
      const list = await caller.lists.get(ref);
      return { ...list, items: await caller.lists.items({ ...ref, sort: "position" }) };
    },
  }),
  defineRoute({
    method: "PATCH",
    path: "/lists/{id}",
    summary: "Change a list's title, description or visibility (send expectedVersion to refuse a stale edit with 409)",
    tag: "lists",
    auth: "write",
    body: z.object({
      title: titleSchema.optional(),
      description: descriptionSchema,
      visibility: visibilitySchema.optional(),
      expectedVersion: versionSchema.optional(),
    }),
    response: listView,
    handle: async ({ ctx, params, body }) => {
      const caller = callerFor(ctx);
      // Without expectedVersion the edit applies to whatever version is current (last writer wins).
      const expectedVersion = body.expectedVersion ?? (await caller.lists.get({ listId: params.id! })).version;
      return caller.lists.update({ listId: params.id!, expectedVersion, title: body.title, description: body.description, visibility: body.visibility });
    },
  }),
  defineRoute({
    method: "POST",
    path: "/lists/{id}/items",
    summary: "Add a paper to a list (adding a paper already there returns the existing item, created: false)",
    tag: "lists",
    auth: "write",
    status: 201,
    body: z.object({ paperId: z.string().trim().min(1).max(64), note: noteSchema }),
    response: itemView.extend({ created: z.boolean() }),
    handle: async ({ ctx, params, body }) => {
      const { item, created } = await callerFor(ctx).lists.addItem({ listId: params.id!, paperId: body.paperId, note: body.note, at: "bottom" });
      return { ...item, created };
    },
  }),
  defineRoute({
    method: "DELETE",
    path: "/lists/{id}/items/{itemId}",
    summary: "Remove an item from a list",
    tag: "lists",
    auth: "write",
    response: z.object({ ok: z.literal(true) }),
    handle: ({ ctx, params }) => callerFor(ctx).lists.removeItem({ listId: params.id!, itemId: params.itemId! }),
  }),
  defineRoute({
    method: "GET",
    path: "/lists/{id}/export",
    summary: "Export a list as BibTeX, RIS, CSL-JSON or Markdown, or with ?style= as a bibliography in a citation style",
    tag: "lists",
    auth: "public",
    query: shareQuery.extend(styledExportQuery.shape),
    produces: [...EXPORT_TYPES, ...STYLED_EXPORT_TYPES],
    response: z.string(),
    handle: async ({ ctx, params, query }) => {
      const caller = callerFor(ctx);
      const ref = { listId: params.id!, shareToken: query.shareToken };
      const wanted = requestedFormat(query);
      if ("styled" in wanted) {
        const [list, cited] = await Promise.all([caller.lists.get(ref), caller.cite.list({ ...ref, style: query.style ?? "apa" })]);
        return citedBody(cited, wanted.styled, list.title);
      }
      const out = await caller.lists.export({ ...ref, format: wanted.download });
      return new TextBody(out.body, out.contentType, out.filename);
    },
  }),
  defineRoute({
    method: "GET",
    path: "/lists/{id}/live.bib",
    summary: "The live BibTeX of a list for LaTeX tools (or with ?style= its bibliography as text): no session, the list's secret .bib token instead",
    tag: "lists",
    auth: "public",
    query: z.object({ token: z.string().trim().min(1).max(200), style: styledExportQuery.shape.style }),
    produces: ["application/x-bibtex", "text/plain"],
    response: z.string(),
    handle: async ({ ctx, params, query }) => {
      // The token is the capability: it names one list and works until regenerated or revoked, and only
      // while the person who made it may still read the list's .bib (a removed member's URL stops).
      const found = await db().readingList.findFirst({ where: { id: params.id!, bibToken: query.token }, select: { id: true, bibTokenUserId: true } });
      const scope = found?.bibTokenUserId ? await loadList(db(), found.id, found.bibTokenUserId) : null;
      if (!scope || decideList("list.bib.read", scope.list, found!.bibTokenUserId, scope.teamRole) !== "allow") {
        throw notFound("list at this live .bib address (the link may have been revoked, or its maker no longer has access)");
      }
      const list = scope.list;
      await applyFinishedImports(db(), list);
      if (query.style) {
        // Styles as the link's maker would see them: theirs, the list's team's.
        const papers = await listCitables(db(), list.id);
        return styledExport(ctx, papers, { style: query.style }, list.title, { userId: found!.bibTokenUserId, listTeamId: list.teamId });
      }
      const out = await exportList(db(), list, "bibtex");
      return new TextBody(out.body, out.contentType);
    },
  }),
];
