import { z } from "zod";
import { checkTag, TAGS_PER_TARGET } from "@commonplace/catalogue";

// Tags at the boundary: every tag name any procedure accepts passes packages/catalogue's one rule (normalised,
// no control or format characters, bounded length) here, so what is stored is always the normalised name.

/** One tag name, normalised; refused with the rule's reason. */
export const tagNameSchema = z
  .string()
  .max(200)
  .transform((raw, ctx) => {
    const checked = checkTag(raw);
    if (!checked.ok) {
      ctx.addIssue({ code: "custom", message: checked.reason });
      return z.NEVER;
    }
    return checked.tag;
  });

/** A set of tags for one paper, item or annotation: normalised, duplicates dropped, at most TAGS_PER_TARGET. */
export const tagSetSchema = z
  .array(tagNameSchema)
  .max(TAGS_PER_TARGET, `At most ${TAGS_PER_TARGET} tags.`)
  .transform((tags) => [...new Set(tags)]);

export const tagCountView = z.object({ tag: z.string(), count: z.number().int() });
export type TagCount = z.infer<typeof tagCountView>;

export const paperTagsView = z.object({ paperId: z.string(), tags: z.array(z.string()) });
