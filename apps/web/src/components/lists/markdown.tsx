"use client";

import { useMemo } from "react";
import { renderMarkdown } from "@commonplace/formats/markdown";
import { cn } from "@commonplace/ui";

// renderMarkdown sanitizes (marked without raw HTML, then an allowlist), so its output is safe to inject.
const proseClasses = [
  "text-ink [&_a]:text-accent [&_a]:underline [&_a]:underline-offset-2 [&_p+p]:mt-2",
  "[&_ul]:mt-1.5 [&_ul]:list-disc [&_ul]:pl-5 [&_ol]:mt-1.5 [&_ol]:list-decimal [&_ol]:pl-5 [&_li]:mt-0.5",
  "[&_code]:rounded [&_code]:bg-paper-sunken [&_code]:px-1 [&_code]:font-mono [&_code]:text-[0.9em]",
  "[&_pre]:mt-2 [&_pre]:overflow-x-auto [&_pre]:rounded-md [&_pre]:bg-paper-sunken [&_pre]:p-3",
  "[&_blockquote]:border-l-2 [&_blockquote]:border-line-strong [&_blockquote]:pl-3 [&_blockquote]:text-ink-muted",
  "[&_h1]:font-semibold [&_h2]:font-semibold [&_h3]:font-semibold [&_strong]:font-semibold",
].join(" ");

export function Markdown({ source, className }: { source: string; className?: string }) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  return <div className={cn(proseClasses, className)} dangerouslySetInnerHTML={{ __html: html }} />;
}
