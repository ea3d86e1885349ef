import { z } from "zod";
import { readingStatusSchema, visibilitySchema } from "../../lists/views.ts";
import { tagSetSchema } from "../../tags/schemas.ts";

export const titleSchema = z.string().trim().min(1, "Give the list a title.").max(200);
export const descriptionSchema = z.string().trim().max(20_000).nullish();
export const noteSchema = z.string().trim().max(20_000).nullish();
/** Team tags on an item: the one tag-name rule (tags/schemas.ts). */
export const tagsSchema = tagSetSchema;
export const versionSchema = z.number().int().min(0);
export const itemSortSchema = z.enum(["position", "added", "title", "year", "status"]);

export const newListInput = z.object({
  title: titleSchema,
  description: descriptionSchema,
  visibility: visibilitySchema.default("PRIVATE"),
  /** A team list when set (needs list.create in that team); a personal list otherwise. */
  teamSlug: z.string().trim().toLowerCase().min(1).max(64).nullish(),
});

export const itemPatchInput = z.object({
  note: noteSchema,
  status: readingStatusSchema.optional(),
  assigneeId: z.string().min(1).max(64).nullish(),
  tags: tagsSchema.optional(),
});
