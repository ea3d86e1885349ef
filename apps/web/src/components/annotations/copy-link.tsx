"use client";

import { Link2 } from "lucide-react";
import { createContext, useContext } from "react";
import { cn, toast } from "@commonplace/ui";

// Annotation links (issue 16.2): /papers/<paperId>?annotation=<id>, the shape notifications and feeds
// already use. No /a/<id> redirect: answering one would tell anyone which paper a private annotation is on.

/** The absolute link to annotation `id` (a thread or a reply) on paper `paperId`. */
export function annotationHref(paperId: string, id: string, origin = window.location.origin): string {
  return `${origin}/papers/${encodeURIComponent(paperId)}?annotation=${encodeURIComponent(id)}`;
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No async clipboard (a plain-HTTP origin, a denied permission): the selection route still works.
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.append(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    return ok;
  }
}

/** "Copy link" for one annotation or reply: copies its absolute link and says so. */
export function CopyLinkButton({ paperId, id, isReply, className }: { paperId: string; id: string; isReply?: boolean; className?: string }) {
  return (
    <button
      type="button"
      data-testid="copy-annotation-link"
      aria-label={isReply ? "Copy link to this reply" : "Copy link to this annotation"}
      title="Copy link"
      className={cn("inline-flex items-center gap-1 hover:text-ink", className)}
      onClick={async (e) => {
        e.stopPropagation();
        const href = annotationHref(paperId, id);
        if (await copyText(href)) toast.success(isReply ? "Link to the reply copied" : "Link to the annotation copied");
        else toast.error("Couldn't copy the link", { description: href });
      }}
    >
      <Link2 aria-hidden className="size-3" /> Copy link
    </button>
  );
}

/** The annotation a link opened (a reply, or a thread's root): its entry in the thread is marked. */
export const LinkedAnnotation = createContext<string | null>(null);

export function useIsLinked(id: string): boolean {
  return useContext(LinkedAnnotation) === id;
}
