import type { Db } from "@commonplace/db";
import type { SearchClient } from "@commonplace/search";
import { loadPaperText, type PaperText } from "../annotations/text.ts";
import { publicCounts } from "../discovery/cards.ts";
import { getPaper, type PaperWithText } from "../papers/paper-view.ts";
import { paperPdfInfo } from "../papers/pdf.ts";
import { relatedPapers } from "../papers/related/related.ts";
import type { RelatedView } from "../papers/related/schemas.ts";
import { loadPublicProfile } from "../profiles/profile.ts";
import type { ProfileView } from "../profiles/views.ts";
import { publicCache, tag, type PublicCache } from "./index.ts";

// The public reads of the paper and profile pages, through the public cache. Each is computed as an anonymous
// reader sees it; what depends on the viewer (their vote, their follow, their PDFs) is added by the caller.

/** A paper by its own id (a merged id's answer, the survivor, is not kept under the old id). */
export function cachedPaper(db: Db, id: string, fullText: boolean, cache: PublicCache = publicCache()): Promise<PaperWithText | null> {
  return cache.get(
    `paper:${id}:${fullText ? "text" : "meta"}`,
    () => getPaper(db, id, { fullText }),
    (p) => (p && p.id === id ? [tag.paper(id)] : null),
  );
}

export interface PublicPaperStats {
  upvotes: number;
  publicAnnotations: number;
  publicLists: number;
}

/** Upvotes and public counts, or null for no such paper (not kept). */
export function cachedPaperStats(db: Db, paperId: string, cache: PublicCache = publicCache()): Promise<PublicPaperStats | null> {
  return cache.get(
    `stats:${paperId}`,
    async () => {
      const [paper, counts] = await Promise.all([db.paper.findUnique({ where: { id: paperId }, select: { upvoteCount: true } }), publicCounts(db, [paperId])]);
      if (!paper) return null;
      const c = counts.get(paperId)!;
      return { upvotes: paper.upvoteCount, publicAnnotations: c.annotations, publicLists: c.lists };
    },
    (s) => (s ? [tag.paper(paperId)] : null),
  );
}

/** The text annotations anchor to (full text, else abstract). */
export function cachedPaperText(db: Db, paperId: string, cache: PublicCache = publicCache()): Promise<PaperText> {
  return cache.get(
    `text:${paperId}`,
    () => loadPaperText(db, paperId),
    () => [tag.paper(paperId)],
  );
}

/** The PDF of a paper a visitor may open (PUBLIC, its text the paper's), or null. Signed-in readers ask paperPdfInfo. */
export function cachedPublicPdf(db: Db, paperId: string, cache: PublicCache = publicCache()): ReturnType<typeof paperPdfInfo> {
  return cache.get(
    `pdf:${paperId}`,
    () => paperPdfInfo(db, paperId, null),
    () => [tag.paper(paperId)],
  );
}

/** Related papers: kept while every card's paper is unchanged; a stale answer (search down) is not kept. */
export function cachedRelated(db: Db, client: SearchClient, paperId: string, limit: number, cache: PublicCache = publicCache()): Promise<RelatedView> {
  return cache.get(
    `related:${paperId}:${limit}`,
    () => relatedPapers(db, client, paperId, limit),
    (r) => (r.stale ? null : [tag.paper(paperId), ...r.papers.map((p) => tag.paper(p.id))]),
  );
}

export type PublicProfile = Omit<ProfileView, "viewer">;

/** A person's public profile as a visitor sees it, tagged with every row it shows. */
export function cachedProfile(db: Db, handle: string, cache: PublicCache = publicCache()): Promise<PublicProfile | null> {
  const key = handle.trim().toLowerCase();
  return cache.get(
    `profile:${key}`,
    async () => {
      const profile = await loadPublicProfile(db, key, null);
      if (!profile) return null;
      const { viewer: _, ...rest } = profile;
      return rest;
    },
    (p) =>
      p && [
        tag.user(p.user.id),
        ...p.lists.flatMap((l) => [tag.list(l.id), ...(l.team ? [tag.team(l.team.id)] : [])]),
        ...p.teams.map((t) => tag.team(t.id)),
        ...p.annotations.flatMap((a) => [tag.paper(a.paper.id), ...(a.list ? [tag.list(a.list.id)] : [])]),
      ],
  );
}
