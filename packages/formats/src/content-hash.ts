import { createHash } from "node:crypto";
import { collapseWhitespace, normalizeTitle } from "./text.ts";

// The canonical key of last resort (no arXiv id, no DOI): the same paper uploaded twice as a PDF,
// or found in two BibTeX files, must hash equal, so everything is normalized first.
export function contentHash(input: { title: string; authors: readonly string[]; fullText?: string }): string {
  const h = createHash("sha256");
  h.update(normalizeTitle(input.title));
  h.update("\n");
  h.update(input.authors.map((a) => normalizeTitle(a)).join(";"));
  if (input.fullText) {
    h.update("\n");
    h.update(collapseWhitespace(input.fullText));
  }
  return h.digest("hex");
}
