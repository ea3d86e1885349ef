import type { Metadata } from "next";
import { getServerCaller } from "@/trpc/server";

// How /papers/<id>?annotation=<aid> unfurls in chat apps (issue 16.2): for an annotation anyone may read,
// its quote, author and words (annotationLinks.preview decides as an anonymous viewer, whoever loads the
// page); for any other id, exactly the paper's own preview — nothing tells that the annotation exists.
// Next's metadata renders every value as an escaped attribute: plain text in, no markup out.

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The OpenGraph and Twitter fields for a shared public annotation, or null (then the paper's own apply). */
export async function annotationUnfurl(paperId: string, annotationId: unknown, paperUrl: string): Promise<Metadata | null> {
  if (typeof annotationId !== "string" || annotationId.length === 0 || annotationId.length > 64) return null;
  const preview = await (await getServerCaller()).annotationLinks.preview({ paperId, id: annotationId }).catch(() => null);
  if (!preview) return null;
  const title = clip(preview.quote ? `“${preview.quote}” — ${preview.paperTitle}` : `${preview.author} on ${preview.paperTitle}`, 200);
  const said = preview.excerpt ? `${preview.author}${preview.isReply ? " replied" : ""}: ${preview.excerpt}` : `Highlighted by ${preview.author}`;
  const description = clip(said, 300);
  const url = `${paperUrl}?annotation=${encodeURIComponent(annotationId)}`;
  return {
    description,
    openGraph: { type: "article", url, siteName: "Commonplace", title, description, authors: [preview.author] },
    twitter: { card: "summary", title, description },
  };
}
