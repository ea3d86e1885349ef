import Link from "next/link";
import { ArrowRight, Highlighter, Library, Search } from "lucide-react";
import { Button } from "@commonplace/ui";
import { ReaderPreview } from "./reader-preview";

// What Commonplace is, for visitors: a short band above the papers and the longer story below them.

export function PitchBand() {
  return (
    <section aria-labelledby="pitch-title" className="relative overflow-hidden border-b border-line">
      <div
        aria-hidden
        className="pointer-events-none absolute inset-x-0 top-0 h-72 bg-[radial-gradient(ellipse_at_top,var(--color-accent-soft),transparent_70%)] opacity-70"
      />
      <div className="relative mx-auto flex max-w-6xl flex-col gap-6 px-4 py-10 sm:px-8 md:flex-row md:items-end md:justify-between">
        <div className="max-w-2xl">
          <h1 id="pitch-title" className="font-serif text-[2rem] leading-[1.1] font-semibold tracking-[-0.02em] text-balance text-ink sm:text-[2.5rem]">
            Read papers together. <span className="font-normal text-ink-muted italic">Remember what mattered.</span>
          </h1>
          <p className="mt-3 text-[15px] leading-relaxed text-pretty text-ink-muted sm:text-base">
            A shared reading room for research: find papers, highlight and discuss passages in the margin, and keep annotated reading lists with your team — or
            in public. Here is what people are reading.
          </p>
        </div>
        <div className="flex shrink-0 gap-2">
          <Button asChild>
            <Link href="/sign-up">
              Create your account <ArrowRight aria-hidden />
            </Link>
          </Button>
          <Button asChild variant="secondary">
            <Link href="#how-it-works">How it works</Link>
          </Button>
        </div>
      </div>
    </section>
  );
}

const features = [
  {
    Icon: Search,
    title: "Find the paper",
    body: "Full-text, typo-tolerant search across everything on the server, a daily view of new papers and what people are upvoting.",
  },
  {
    Icon: Highlighter,
    title: "Highlight and discuss",
    body: "Mark a passage and talk about it in the margin. Threads stay anchored to the words; replies appear as they happen.",
  },
  {
    Icon: Library,
    title: "Share reading lists",
    body: "Keep annotated lists for yourself, your lab, or the world. Notes, reading status, export to BibTeX or RIS.",
  },
];

export function HowItWorks() {
  return (
    <section id="how-it-works" aria-labelledby="how-title" className="scroll-mt-16 border-t border-line bg-surface/60">
      <div className="mx-auto grid max-w-6xl items-center gap-12 px-4 py-16 sm:px-8 lg:grid-cols-[minmax(0,0.9fr)_minmax(0,1.1fr)]">
        <div>
          <p className="text-sm font-medium text-accent">One place for the whole reading loop</p>
          <h2 id="how-title" className="mt-2 font-serif text-3xl font-semibold tracking-tight text-balance">
            From “what should I read?” to “here’s what we learned.”
          </h2>
          <ul className="mt-8 grid gap-6">
            {features.map(({ Icon, title, body }) => (
              <li key={title} className="flex gap-4">
                <span className="inline-flex size-10 shrink-0 items-center justify-center rounded-lg bg-accent-soft text-accent-soft-ink">
                  <Icon aria-hidden className="size-5" />
                </span>
                <div>
                  <h3 className="font-semibold tracking-tight text-ink">{title}</h3>
                  <p className="mt-1 leading-relaxed text-ink-muted">{body}</p>
                </div>
              </li>
            ))}
          </ul>
          <div className="mt-8 flex gap-3">
            <Button asChild>
              <Link href="/sign-up">
                Start your commonplace book <ArrowRight aria-hidden />
              </Link>
            </Button>
            <Button asChild variant="ghost">
              <Link href="/sign-in">Sign in</Link>
            </Button>
          </div>
        </div>
        <ReaderPreview />
      </div>
    </section>
  );
}
