import { db } from "../src/lib/services.ts";
import { unique } from "./fixtures.ts";

// A paper with a full text to annotate (the shared fixtures' papers have none), and ranges of passages in it.

export const TEXT = [
  "Attention Is All You Need. The dominant sequence transduction models are based on complex recurrent or convolutional neural networks.",
  "We propose a new simple network architecture, the Transformer, based solely on attention mechanisms.",
  "Experiments on two machine translation tasks show these models to be superior in quality while being more parallelizable.",
  "The Transformer generalizes well to other tasks. We propose a new simple network architecture again, for parsing.",
].join("\n\n");

/** [start, end) of the first occurrence of `passage` in TEXT (or in `text`). */
export function rangeOf(passage: string, text = TEXT): { start: number; end: number } {
  const start = text.indexOf(passage);
  if (start < 0) throw new Error(`passage not in text: ${passage}`);
  return { start, end: start + passage.length };
}

export async function textPaper(text = TEXT, extra: { abstract?: string } = {}) {
  const title = `Annotated paper ${unique()}`;
  return db().paper.create({
    data: {
      canonicalKey: `hash:ann-${unique()}`,
      title,
      normTitle: title.toLowerCase(),
      fullText: text,
      abstract: extra.abstract ?? null,
      categories: ["cs.CL"],
      source: "test",
    },
  });
}
