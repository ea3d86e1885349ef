import { toIsoDate } from "./dates.ts";
import { parseIdentifier } from "./identifiers.ts";
import { fail, finishPaper } from "./paper.ts";
import { collapseWhitespace } from "./text.ts";
import type { PaperLink, ParseOutcome } from "./types.ts";
import { asArray, attr, parseXml, textOf } from "./xml.ts";

// The arXiv API (export.arxiv.org/api/query) answers with an Atom feed; one <entry> per paper.
// An unknown/malformed id comes back as an entry whose <id> points at /api/errors.

export function parseArxivAtom(xml: string): ParseOutcome[] {
  if (xml.trim() === "") return [fail("Empty file", "feed")];
  const parsed = parseXml(xml);
  if (!parsed.ok) return [fail(`Not valid arXiv Atom XML: ${parsed.error}`, "feed")];
  // An empty <feed></feed> parses to "" rather than an object, hence the `in` check.
  if (!("feed" in parsed.doc)) {
    const root = Object.keys(parsed.doc).find((k) => !k.startsWith("?")) ?? "nothing";
    return [fail(`Not valid arXiv Atom XML: root element is <${root}>, expected <feed>`, "feed")];
  }
  const feed = parsed.doc["feed"];
  const entries = feed && typeof feed === "object" ? asArray((feed as Record<string, unknown>)["entry"]) : [];
  return entries.map((e, i) => parseEntry(e, i + 1));
}

function parseEntry(entry: unknown, n: number): ParseOutcome {
  if (!entry || typeof entry !== "object") return fail(`entry ${n}: empty entry`, `entry ${n}`);
  const e = entry as Record<string, unknown>;
  const idUrl = textOf(e["id"]).trim();
  const ident = parseIdentifier(idUrl);
  const ref = ident?.kind === "arxiv" ? `entry ${ident.id}` : `entry ${n}`;
  if (idUrl.includes("/api/errors")) {
    return fail(`${ref}: arXiv API error: ${collapseWhitespace(textOf(e["summary"])) || idUrl}`, ref);
  }
  const categories = [attr(e["primary_category"], "term"), ...asArray(e["category"]).map((c) => attr(c, "term"))].filter(Boolean);
  const links: PaperLink[] = asArray(e["link"]).flatMap((l) => {
    const href = attr(l, "href");
    if (!href) return [];
    const title = attr(l, "title");
    const rel = attr(l, "rel");
    const kind = title === "pdf" ? "pdf" : title === "doi" ? "doi" : rel === "alternate" ? "abs" : "other";
    return [{ kind, url: href.replace(/^http:\/\/(dx\.)?(arxiv|doi)\.org/, "https://$1$2.org") } satisfies PaperLink];
  });
  return finishPaper(
    {
      source: "arxiv-atom",
      title: textOf(e["title"]),
      abstract: textOf(e["summary"]),
      authors: asArray(e["author"]).map((a) => textOf((a as Record<string, unknown> | undefined)?.["name"])),
      arxivId: ident?.kind === "arxiv" ? ident.id : undefined,
      arxivVersion: ident?.kind === "arxiv" ? ident.version : undefined,
      doi: textOf(e["doi"]).split(/\s+/)[0],
      publishedAt: toIsoDate(textOf(e["published"])),
      updatedAt: toIsoDate(textOf(e["updated"])),
      journalRef: textOf(e["journal_ref"]),
      comment: textOf(e["comment"]),
      categories,
      links,
    },
    ref,
  );
}
