import { z } from "zod";
import type { CitationFields } from "./types.ts";

/** Paper.citation as stored (JSON): read back through this, so a malformed row exports without it instead of failing. */
export const citationFieldsSchema: z.ZodType<CitationFields> = z.object({
  type: z.string().optional(),
  volume: z.string().optional(),
  issue: z.string().optional(),
  page: z.string().optional(),
  publisher: z.string().optional(),
  note: z.string().optional(),
  month: z.number().int().min(1).max(12).optional(),
  literalAuthors: z.array(z.string()).optional(),
});
