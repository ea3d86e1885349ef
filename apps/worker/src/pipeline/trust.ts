import type { Prisma } from "@commonplace/db";
import type { NormalizedPaper } from "./types.ts";

// Who stands behind an import run, read once per batch: the person who started it (null for the command
// line and the seed: the operator), whether they administer the site, and who may see the run's PDFs.
// Trusted sources may update the canonical record; see dedupe.decide and link.ts for what others may do.

type Tx = Prisma.TransactionClient;

export interface RunTrust {
  runId: string;
  actorId: string | null;
  /** An operator's (no person) or a site administrator's run. */
  privileged: boolean;
  pdfVisibility: "PRIVATE" | "TEAM" | "PUBLIC";
  pdfTeamId: string | null;
}

export async function loadRunTrust(tx: Tx, runId: string): Promise<RunTrust> {
  const run = await tx.ingestRun.findUnique({
    where: { id: runId },
    select: { createdById: true, pdfVisibility: true, pdfTeamId: true, createdBy: { select: { isAdmin: true } } },
  });
  const actorId = run?.createdById ?? null;
  return {
    runId,
    actorId,
    privileged: actorId === null || (run?.createdBy?.isAdmin ?? false),
    // An operator's PDFs have no person to belong to: they are the site's, and public.
    pdfVisibility: actorId === null ? "PUBLIC" : (run?.pdfVisibility ?? "PRIVATE"),
    pdfTeamId: run?.pdfTeamId ?? null,
  };
}

/** arXiv and Crossref data the worker fetched itself (source "identifier") is trusted whoever asked for it. */
export function isTrusted(trust: RunTrust, item: Pick<NormalizedPaper, "source">): boolean {
  return trust.privileged || item.source === "identifier";
}

/**
 * The item as the shared catalogue may see it: a PDF that is not public keeps its extracted text (and the
 * abstract guessed from its first page) to its PaperPdf row; only its title and authors join the record.
 */
export function catalogueView(trust: RunTrust, item: NormalizedPaper): NormalizedPaper {
  if (item.source !== "pdf" || trust.pdfVisibility === "PUBLIC") return item;
  return { ...item, fullText: null, pages: null, abstract: null };
}
