import { Avatar, Badge } from "@commonplace/ui";
import { BookmarkPlus, ChevronUp, MessageSquare, Users } from "lucide-react";

/*
 * A static illustration of the reader: a passage with a shared highlight and its margin thread.
 * Purely presentational; screen readers get the figure caption instead.
 */
export function ReaderPreview() {
  return (
    <figure className="relative">
      <figcaption className="sr-only">
        Preview of Commonplace: a paper open in the reader, with a highlighted passage and a short discussion between two teammates in the margin.
      </figcaption>
      <div aria-hidden className="overflow-hidden rounded-xl border border-line bg-surface-raised shadow-lg ring-1 ring-black/[0.02]">
        {/* window chrome */}
        <div className="flex items-center gap-3 border-b border-line bg-paper-sunken/60 px-4 py-2.5">
          <div className="flex gap-1.5">
            <span className="size-2.5 rounded-full bg-line-strong" />
            <span className="size-2.5 rounded-full bg-line-strong" />
            <span className="size-2.5 rounded-full bg-line-strong" />
          </div>
          <div className="flex min-w-0 flex-1 items-center gap-2 text-xs text-ink-muted">
            <span className="truncate">Reading group · Representation learning</span>
          </div>
          <div className="hidden items-center gap-1 sm:flex">
            <Avatar name="Maya Okafor" size="xs" />
            <Avatar name="Jonas Berg" size="xs" className="-ml-2" />
            <Avatar name="Priya Raman" size="xs" className="-ml-2" />
            <span className="ml-1 text-[11px] text-ink-subtle">3 reading</span>
          </div>
        </div>

        <div className="grid md:grid-cols-[minmax(0,1fr)_13.5rem]">
          {/* the paper */}
          <div className="px-5 py-5 sm:px-7 sm:pt-6 sm:pb-10">
            <div className="mb-3 flex flex-wrap items-center gap-1.5">
              <Badge variant="outline">cs.LG</Badge>
              <Badge variant="outline">arXiv 2106.09685</Badge>
              <span className="ml-auto inline-flex items-center gap-1 rounded-md border border-line px-1.5 py-0.5 text-[11px] font-medium text-ink-muted">
                <ChevronUp className="size-3" /> 214
              </span>
            </div>
            <h3 className="font-serif text-lg leading-snug font-semibold text-ink sm:text-xl">LoRA: Low-Rank Adaptation of Large Language Models</h3>
            <p className="mt-1 text-xs text-ink-muted">Hu, Shen, Wallis, Allen-Zhu, Li, Wang, Wang, Chen</p>
            <div className="prose-reading mt-4 space-y-3 text-[15px] leading-[1.7] text-ink/90">
              <p>
                As we pre-train larger models, full fine-tuning, which retrains all model parameters, becomes less feasible.{" "}
                <mark className="mark-highlight relative">
                  We propose Low-Rank Adaptation, or LoRA, which freezes the pre-trained model weights and injects trainable rank decomposition matrices into
                  each layer
                </mark>{" "}
                of the Transformer architecture, greatly reducing the number of trainable parameters for downstream tasks.
              </p>
              <p className="hidden text-ink-muted sm:block lg:hidden xl:block">
                Compared to GPT-3 175B fine-tuned with Adam, LoRA can reduce the number of trainable parameters by 10,000 times and the GPU memory requirement
                by 3 times.
              </p>
            </div>
          </div>

          {/* the margin */}
          <div className="border-t border-line bg-paper/60 p-4 md:border-t-0 md:border-l">
            <div className="mb-3 flex items-center gap-1.5 text-[11px] font-medium tracking-wide text-ink-subtle uppercase">
              <MessageSquare className="size-3" /> 2 comments
            </div>
            <div className="space-y-3">
              <div className="rounded-lg border border-line bg-surface-raised p-3 shadow-xs">
                <div className="flex items-center gap-2">
                  <Avatar name="Maya Okafor" size="xs" />
                  <span className="text-xs font-medium text-ink">Maya</span>
                  <span className="text-[11px] text-ink-subtle">2h</span>
                </div>
                <p className="mt-1.5 text-[13px] leading-snug text-ink/90">This is the whole trick — does rank 4 really hold up on our retrieval tasks?</p>
              </div>
              <div className="ml-3 rounded-lg border border-line bg-surface-raised p-3 shadow-xs">
                <div className="flex items-center gap-2">
                  <Avatar name="Jonas Berg" size="xs" />
                  <span className="text-xs font-medium text-ink">Jonas</span>
                  <span className="text-[11px] text-ink-subtle">just now</span>
                </div>
                <p className="mt-1.5 text-[13px] leading-snug text-ink/90">
                  Table 6 says yes for GPT-3. Adding it to <span className="font-medium text-accent">Thursday&rsquo;s list</span>.
                </p>
              </div>
            </div>
          </div>
        </div>
      </div>

      {/* floating reading-list chip */}
      <div
        aria-hidden
        className="absolute -bottom-5 left-4 hidden items-center gap-3 rounded-lg border border-line bg-surface-raised px-3 py-2 shadow-md sm:flex"
      >
        <span className="inline-flex size-7 items-center justify-center rounded-md bg-accent-soft text-accent-soft-ink">
          <BookmarkPlus className="size-4" />
        </span>
        <div className="text-xs">
          <div className="font-medium text-ink">Added to “Parameter-efficient tuning”</div>
          <div className="flex items-center gap-1 text-ink-muted">
            <Users className="size-3" /> Shared with Vision Lab · 12 papers
          </div>
        </div>
      </div>
    </figure>
  );
}
