import { z } from "zod";
import { paperCard } from "../../discovery/cards.ts";
import { idSchema } from "../../policy/procedures.ts";

export const RELATED_DEFAULT = 6;
export const RELATED_MAX = 12;

export const relatedInput = z.object({
  paperId: idSchema,
  limit: z.number().int().min(1).max(RELATED_MAX).default(RELATED_DEFAULT),
});

export const relatedView = z.object({
  /** Cards of similar papers from the library, most similar first; never the paper itself or another version of it. */
  papers: z.array(paperCard),
  /** When the list was computed (ISO). */
  computedAt: z.string(),
  /** Served from an older computation because the search service could not refresh it just now. */
  stale: z.boolean(),
});
export type RelatedView = z.infer<typeof relatedView>;
