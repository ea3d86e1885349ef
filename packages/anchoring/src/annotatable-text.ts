// The text annotation offsets refer to — one rule shared by the API (creating, reading) and the worker
// (re-anchoring when a paper's text changes): the full text when the paper has one, else its abstract.
// Here, below both, so the worker does not import the API.

export type TextSource = "fullText" | "abstract" | "none";

export function annotatableSource(paper: { fullText: string | null; abstract: string | null }): { text: string; source: TextSource } {
  if (paper.fullText && paper.fullText.trim()) return { text: paper.fullText, source: "fullText" };
  if (paper.abstract && paper.abstract.trim()) return { text: paper.abstract, source: "abstract" };
  return { text: "", source: "none" };
}
