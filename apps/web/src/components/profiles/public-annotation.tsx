import Link from "next/link";
import { MessageSquareQuote } from "lucide-react";
import type { LoadedProfile } from "./load-public";
import { TimeAgo } from "@/components/time-ago";

type Annotation = LoadedProfile["annotations"][number];

const prose =
  "text-[15px] leading-relaxed text-ink [&_a]:text-accent [&_a]:underline [&_a]:underline-offset-2 [&_p+p]:mt-2 [&_code]:rounded [&_code]:bg-paper-sunken [&_code]:px-1 [&_code]:font-mono [&_code]:text-[0.9em] [&_ul]:list-disc [&_ul]:pl-5 [&_ol]:list-decimal [&_ol]:pl-5 [&_blockquote]:border-l-2 [&_blockquote]:border-line-strong [&_blockquote]:pl-3";

/** One public annotation: the passage, the comment (sanitized by the API), and the paper it is on. */
export function PublicAnnotation({ annotation }: { annotation: Annotation }) {
  const { paper, list } = annotation;
  return (
    <li className="rounded-xl border border-line bg-surface p-5 shadow-xs" data-testid="public-annotation">
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-[13px] text-ink-muted">
        <MessageSquareQuote aria-hidden className="size-3.5 text-ink-subtle" />
        <span>{annotation.isReply ? "Replied on" : "Annotated"}</span>
        <Link
          href={`/papers/${paper.id}`}
          className="font-medium text-ink underline decoration-line-strong underline-offset-4 hover:text-accent hover:decoration-accent"
        >
          {paper.title}
        </Link>
        {list ? (
          <>
            <span aria-hidden>·</span>
            <span>
              in{" "}
              <Link href={`/lists/${list.id}`} className="text-ink hover:text-accent">
                {list.title}
              </Link>
            </span>
          </>
        ) : null}
        <span aria-hidden>·</span>
        <TimeAgo date={annotation.createdAt} />
      </p>
      {annotation.quote ? (
        <blockquote className="mt-3 border-l-[3px] border-highlight pl-3 font-serif text-[15px] leading-relaxed text-ink-muted italic">
          <span className="line-clamp-4">“{annotation.quote}”</span>
        </blockquote>
      ) : null}
      {annotation.bodyHtml.trim() ? <div className={`mt-3 ${prose}`} dangerouslySetInnerHTML={{ __html: annotation.bodyHtml }} /> : null}
    </li>
  );
}
