import { z } from "zod";
import { parseArxivAtom } from "./arxiv-atom.ts";
import { fromDateParts } from "./dates.ts";
import { arxivAbsUrl, parseIdentifier, type Identifier } from "./identifiers.ts";
import { fail, finishPaper, ok } from "./paper.ts";
import type { PaperLink, ParseOutcome } from "./types.ts";

// Turns a pasted arXiv id or DOI into a ParsedPaper via the arXiv API or Crossref. fetch is
// injected so this stays testable without a network and callers control proxies/rate limits.

export interface ResolveOptions {
  fetch?: typeof globalThis.fetch;
  /** Per request; default 10 s. */
  timeoutMs?: number;
}

const ARXIV_API = "https://export.arxiv.org/api/query?id_list=";
const CROSSREF_API = "https://api.crossref.org/works/";

export async function resolveIdentifier(input: string | Identifier, opts: ResolveOptions = {}): Promise<ParseOutcome> {
  const ident = typeof input === "string" ? parseIdentifier(input) : input;
  const ref = typeof input === "string" ? input.trim() : input.kind === "arxiv" ? `arXiv:${input.id}` : `doi:${input.doi}`;
  if (!ident) return fail(`"${ref.slice(0, 80)}" is not an arXiv id or DOI`, ref);
  const get = (url: string) => fetchText(url, opts);
  return ident.kind === "arxiv" ? resolveArxiv(ident, ref, get) : resolveDoi(ident.doi, ref, get);
}

type Fetched = { ok: true; text: string } | { ok: false; error: string; status?: number };

async function fetchText(url: string, opts: ResolveOptions): Promise<Fetched> {
  const host = new URL(url).host;
  const doFetch = opts.fetch ?? globalThis.fetch;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs ?? 10_000);
  try {
    const res = await doFetch(url, { signal: controller.signal, headers: { accept: "application/json, application/atom+xml" } });
    if (res.status === 404) return { ok: false, error: "not found", status: 404 };
    if (!res.ok) return { ok: false, error: `source unreachable: ${host} (HTTP ${res.status})`, status: res.status };
    return { ok: true, text: await res.text() };
  } catch {
    return { ok: false, error: `source unreachable: ${host}` };
  } finally {
    clearTimeout(timer);
  }
}

async function resolveArxiv(id: { id: string; version?: number }, ref: string, get: (u: string) => Promise<Fetched>) {
  const full = id.version ? `${id.id}v${id.version}` : id.id;
  const res = await get(ARXIV_API + encodeURIComponent(full));
  if (!res.ok) return fail(res.status === 404 ? `arXiv has no paper ${full}` : res.error, ref);
  const outcomes = parseArxivAtom(res.text);
  const hit = outcomes.find((o) => o.ok && o.paper.arxivId === id.id) ?? outcomes[0];
  if (!hit) return fail(`arXiv has no paper ${full}`, ref);
  if (!hit.ok) return fail(hit.error.replace(/^entry [^:]+: /, ""), ref);
  return ok({ ...hit.paper, source: "identifier" }, ref);
}

const DateParts = z.object({ "date-parts": z.array(z.array(z.union([z.number(), z.string(), z.null()]))) }).optional();
const CrossrefWork = z.object({
  message: z.object({
    DOI: z.string(),
    title: z.array(z.string()).optional(),
    subtitle: z.array(z.string()).optional(),
    author: z.array(z.object({ given: z.string().optional(), family: z.string().optional(), name: z.string().optional() })).optional(),
    abstract: z.string().optional(),
    "container-title": z.array(z.string()).optional(),
    issued: DateParts,
    "published-print": DateParts,
    "published-online": DateParts,
    URL: z.string().optional(),
    link: z.array(z.object({ URL: z.string(), "content-type": z.string().optional() })).optional(),
  }),
});

async function resolveDoi(doi: string, ref: string, get: (u: string) => Promise<Fetched>) {
  const res = await get(CROSSREF_API + encodeURIComponent(doi));
  if (!res.ok) return fail(res.status === 404 ? `DOI not found on Crossref: ${doi}` : res.error, ref);
  let work: z.infer<typeof CrossrefWork>["message"];
  try {
    work = CrossrefWork.parse(JSON.parse(res.text)).message;
  } catch {
    return fail(`Crossref returned an unreadable record for ${doi}`, ref);
  }
  const date =
    [work["published-print"], work["published-online"], work.issued].map((d) => fromDateParts(d?.["date-parts"])).find((d) => d.year !== undefined) ?? {};
  const links: PaperLink[] = (work.link ?? []).filter((l) => l["content-type"] === "application/pdf").map((l) => ({ kind: "pdf", url: l.URL }));
  if (work.URL) links.push({ kind: "doi", url: work.URL });
  const title = [work.title?.[0], work.subtitle?.[0]].filter(Boolean).join(": ");
  const arxiv = parseIdentifier(work.DOI);
  return finishPaper(
    {
      source: "identifier",
      title,
      // Crossref abstracts are JATS XML (<jats:p>…); only the text is kept.
      abstract: work.abstract?.replace(/<[^>]+>/g, " "),
      authors: (work.author ?? []).map((a) => a.name ?? [a.given, a.family].filter(Boolean).join(" ")),
      doi: work.DOI,
      arxivId: arxiv?.kind === "arxiv" ? arxiv.id : undefined,
      year: date.year,
      publishedAt: date.iso,
      venue: work["container-title"]?.[0],
      links: arxiv?.kind === "arxiv" ? [...links, { kind: "abs", url: arxivAbsUrl(arxiv.id) }] : links,
    },
    ref,
  );
}
