import { z } from "zod";
import { toIsoDate } from "./dates.ts";
import { arxivPdfUrl, parseArxivId } from "./identifiers.ts";
import { fail, finishPaper } from "./paper.ts";
import { errorMessage, latexToUnicode } from "./text.ts";
import type { ParseOutcome } from "./types.ts";

// The public arXiv metadata snapshot (Kaggle "arxiv-metadata-oai-snapshot.json"): one JSON object
// per line, ~2.5M lines. Lines are independent, so one bad line costs one outcome, never the file.

const nullableString = z.string().nullish();
const RecordSchema = z.object({
  id: z.string({ error: "id must be a string" }).min(1, "id is empty"),
  title: z.string({ error: "title must be a string" }),
  authors: nullableString,
  authors_parsed: z.array(z.array(z.string().nullish())).nullish(),
  abstract: nullableString,
  comments: nullableString,
  "journal-ref": nullableString,
  doi: nullableString,
  categories: nullableString,
  versions: z.array(z.object({ version: z.string(), created: z.string().nullish() })).nullish(),
  update_date: nullableString,
});
type ArxivRecord = z.infer<typeof RecordSchema>;

export function parseArxivJsonl(text: string): ParseOutcome[] {
  if (text.trim() === "") return [fail("Empty file", "file")];
  const out: ParseOutcome[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const o = parseArxivJsonLine(lines[i] ?? "", i + 1);
    if (o) out.push(o);
  }
  return out;
}

/** Streaming variant for the full snapshot: feed it lines (e.g. from readline) and consume lazily. */
export async function* parseArxivJsonlStream(lines: AsyncIterable<string>): AsyncGenerator<ParseOutcome> {
  let n = 0;
  for await (const line of lines) {
    n++;
    const o = parseArxivJsonLine(line, n);
    if (o) yield o;
  }
}

/** One line → one outcome; blank lines → null (they are not items). */
export function parseArxivJsonLine(line: string, lineNo: number): ParseOutcome | null {
  const ref = `line ${lineNo}`;
  const trimmed = line.trim();
  if (trimmed === "") return null;
  let json: unknown;
  try {
    json = JSON.parse(trimmed);
  } catch (e) {
    return fail(`${ref}: not valid JSON (${errorMessage(e)})`, ref);
  }
  const rec = RecordSchema.safeParse(json);
  if (!rec.success) {
    const issue = rec.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
    return fail(`${ref}: ${where}${issue?.message ?? "not an arXiv metadata record"}`, ref);
  }
  return mapRecord(rec.data, ref);
}

function mapRecord(r: ArxivRecord, ref: string): ParseOutcome {
  const arxiv = parseArxivId(r.id);
  if (!arxiv) return fail(`${ref}: "${r.id.slice(0, 40)}" is not an arXiv id`, ref);
  const versions = (r.versions ?? []).filter((v) => /^v\d+$/.test(v.version));
  const last = versions[versions.length - 1];
  const version = last ? Number(last.version.slice(1)) : undefined;
  return finishPaper(
    {
      source: "arxiv-jsonl",
      title: latexToUnicode(r.title),
      abstract: r.abstract ?? undefined,
      authors: authorsOf(r),
      arxivId: arxiv.id,
      arxivVersion: version,
      doi: (r.doi ?? "").split(/\s+/)[0],
      publishedAt: toIsoDate(versions[0]?.created),
      updatedAt: toIsoDate(last?.created) ?? toIsoDate(r.update_date),
      journalRef: r["journal-ref"] ?? undefined,
      comment: r.comments ?? undefined,
      categories: (r.categories ?? "").split(/\s+/),
      links: [
        { kind: "abs", url: `https://arxiv.org/abs/${arxiv.id}` },
        { kind: "pdf", url: arxivPdfUrl(arxiv.id, version) },
      ],
    },
    ref,
  );
}

// authors_parsed ([last, first, suffix]) is cleaner than the free-text "authors" field, which mixes
// affiliations in parentheses and "and"; fall back to the string only when it is missing.
function authorsOf(r: ArxivRecord): string[] {
  if (r.authors_parsed?.length) {
    return r.authors_parsed.map(([last, first, suffix]) => latexToUnicode([first, last, suffix].filter((p) => p && p.trim()).join(" ")));
  }
  return (r.authors ?? "")
    .replace(/\([^)]*\)/g, "")
    .split(/,|\band\b/)
    .map((a) => latexToUnicode(a.trim()))
    .filter(Boolean);
}
