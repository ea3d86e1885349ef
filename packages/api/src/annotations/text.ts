import { TRPCError } from "@trpc/server";
import { anchor, annotatableSource, classify, describe, type AnchorStatus, type AnySelector, type TextSource } from "@commonplace/anchoring";
import type { Db } from "@commonplace/db";
import type { TargetInput } from "./schemas.ts";

// The text annotation offsets refer to, and turning a client's target into stored selectors. The server
// never trusts a client's quote: it describes the range itself from the stored text.

export interface PaperText {
  paperId: string;
  text: string;
  source: TextSource;
  version: number;
}

/** The full text when the paper has one, else its abstract (what the reading view shows). */
export function annotatableText(paper: { id: string; fullText: string | null; abstract: string | null; latestVersion: number }): PaperText {
  return { paperId: paper.id, ...annotatableSource(paper), version: paper.latestVersion };
}

export async function loadPaperText(db: Pick<Db, "paper">, paperId: string): Promise<PaperText> {
  const paper = await db.paper.findUnique({ where: { id: paperId }, select: { id: true, fullText: true, abstract: true, latestVersion: true } });
  if (!paper) throw new TRPCError({ code: "NOT_FOUND", message: "No paper with this id." });
  return annotatableText(paper);
}

export interface ResolvedTarget {
  selectors: AnySelector[];
  quote: string;
  start: number;
  end: number;
  status: AnchorStatus;
  confidence: number;
}

const MAX_QUOTE = 20_000;

/** Selectors, quote and range on `text` for a target; `mode: "strict"` (create) refuses anything not ANCHORED. */
export function resolveTarget(
  doc: PaperText,
  target: TargetInput | { selector: AnySelector[] },
  mode: "strict" | "lenient" = "strict",
): ResolvedTarget | { orphan: true; reason: string } {
  if (!doc.text) throw new TRPCError({ code: "PRECONDITION_FAILED", message: "This paper has no text to annotate yet." });
  if ("start" in target) {
    const { start, end } = target;
    if (end > doc.text.length || start >= end)
      throw new TRPCError({ code: "BAD_REQUEST", message: `The range [${start}, ${end}) is outside the paper's text (length ${doc.text.length}).` });
    if (end - start > MAX_QUOTE) throw new TRPCError({ code: "BAD_REQUEST", message: `A highlight is at most ${MAX_QUOTE} characters.` });
    const quote = doc.text.slice(start, end);
    if (target.exact !== undefined && target.exact !== quote) {
      throw new TRPCError({ code: "CONFLICT", message: "The text at this range does not match the quote: the paper's text may have changed; reload it." });
    }
    return { selectors: describeSafe(doc.text, start, end), quote, start, end, status: "ANCHORED", confidence: 1 };
  }
  const result = anchor(doc.text, target.selector);
  const status = classify(result);
  if (result.orphan) {
    if (mode === "strict") throw new TRPCError({ code: "BAD_REQUEST", message: `The quoted passage was not found in the paper's text (${result.reason}).` });
    return { orphan: true, reason: result.reason };
  }
  if (mode === "strict" && status !== "ANCHORED") {
    throw new TRPCError({ code: "BAD_REQUEST", message: "The quoted passage matches the paper's text only approximately; select it again." });
  }
  if (result.end - result.start > MAX_QUOTE) throw new TRPCError({ code: "BAD_REQUEST", message: `A highlight is at most ${MAX_QUOTE} characters.` });
  return {
    selectors: describeSafe(doc.text, result.start, result.end),
    quote: doc.text.slice(result.start, result.end),
    start: result.start,
    end: result.end,
    status,
    confidence: result.confidence,
  };
}

function describeSafe(text: string, start: number, end: number): AnySelector[] {
  try {
    return describe(text, start, end);
  } catch (error) {
    throw new TRPCError({ code: "BAD_REQUEST", message: (error as Error).message });
  }
}
