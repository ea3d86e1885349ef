/** Comment bodies: sanitized HTML from the server, set in a compact reading style. */
export const bodyClass =
  "text-[14px] leading-relaxed text-ink [overflow-wrap:anywhere] [&_a]:text-accent [&_a]:underline [&_a]:underline-offset-2 [&_blockquote]:border-l-2 [&_blockquote]:border-line-strong [&_blockquote]:pl-3 [&_blockquote]:text-ink-muted [&_code]:rounded [&_code]:bg-paper-sunken [&_code]:px-1 [&_code]:font-mono [&_code]:text-[12.5px] [&_li]:ml-4 [&_ol]:list-decimal [&_p+p]:mt-2 [&_pre]:overflow-x-auto [&_pre]:rounded-md [&_pre]:bg-paper-sunken [&_pre]:p-2 [&_ul]:list-disc";
