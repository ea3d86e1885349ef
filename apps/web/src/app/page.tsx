import Link from "next/link";
import { redirect } from "next/navigation";
import { ArrowRight, Highlighter, Library, Search } from "lucide-react";
import { Button } from "@commonplace/ui";
import { ReaderPreview } from "@/components/landing/reader-preview";
import { SiteHeader } from "@/components/landing/site-header";
import { SiteFooter } from "@/components/site-footer";
import { getCurrentUser } from "@/lib/current-user";

const features = [
  {
    Icon: Search,
    title: "Find the paper",
    body: "Full-text, typo-tolerant search across arXiv and everything your team has added. A daily feed of what's new and what people are upvoting.",
    detail: "Search · daily feed · upvotes",
  },
  {
    Icon: Highlighter,
    title: "Highlight and discuss",
    body: "Mark a passage and talk about it right there in the margin. Threads stay anchored to the words, and everyone reading sees replies as they happen.",
    detail: "Anchored highlights · threads · live",
  },
  {
    Icon: Library,
    title: "Share reading lists",
    body: "Keep annotated lists for yourself, your lab, or the world. Add notes and reading status, publish on your profile, export to BibTeX or RIS.",
    detail: "Team libraries · public profiles · export",
  },
];

export default async function LandingPage() {
  if (await getCurrentUser()) redirect("/dashboard");

  return (
    <div className="flex min-h-dvh flex-col">
      <SiteHeader />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {/* Hero */}
        <section aria-labelledby="hero-title" className="relative overflow-hidden">
          <div
            aria-hidden
            className="pointer-events-none absolute inset-x-0 top-0 h-[520px] bg-[radial-gradient(ellipse_at_top,var(--color-accent-soft),transparent_65%)] opacity-70"
          />
          <div className="relative mx-auto grid max-w-6xl items-center gap-12 px-5 pt-14 pb-20 sm:px-8 lg:grid-cols-[minmax(0,0.9fr)_minmax(0,1.2fr)] lg:gap-12 lg:pt-24 lg:pb-28">
            <div className="max-w-xl">
              <p className="mb-5 inline-flex items-center gap-2 rounded-full border border-line bg-surface-raised/80 px-3 py-1 text-xs font-medium text-ink-muted shadow-xs">
                <span className="size-1.5 rounded-full bg-success" aria-hidden />
                Self-hosted · built for labs and reading groups
              </p>
              <h1
                id="hero-title"
                className="font-serif text-[2.5rem] leading-[1.08] font-semibold tracking-[-0.02em] text-balance text-ink sm:text-5xl lg:text-[3.5rem]"
              >
                Read papers together. <span className="text-ink-muted italic font-normal">Remember what mattered.</span>
              </h1>
              <p className="mt-5 text-lg leading-relaxed text-pretty text-ink-muted">
                Commonplace is a shared reading room for research. Find papers, highlight and discuss passages in the
                margin, and keep annotated reading lists with your team — or publish them on your profile.
              </p>
              <div className="mt-8 flex flex-col gap-3 sm:flex-row">
                <Button asChild size="lg">
                  <Link href="/sign-up">
                    Create your account <ArrowRight aria-hidden />
                  </Link>
                </Button>
                <Button asChild size="lg" variant="secondary">
                  <Link href="/sign-in">Sign in</Link>
                </Button>
              </div>
              <p className="mt-4 text-[13px] text-ink-subtle">Free and open. Your highlights stay on your server.</p>
            </div>
            <ReaderPreview />
          </div>
        </section>

        {/* Features */}
        <section id="features" aria-labelledby="features-title" className="scroll-mt-16 border-t border-line bg-surface/60">
          <div className="mx-auto max-w-6xl px-5 py-20 sm:px-8">
            <div className="max-w-2xl">
              <p className="text-sm font-medium text-accent">One place for the whole reading loop</p>
              <h2 id="features-title" className="mt-2 font-serif text-3xl font-semibold tracking-tight text-balance sm:text-4xl">
                From “what should I read?” to “here’s what we learned.”
              </h2>
            </div>
            <ul className="mt-12 grid gap-5 md:grid-cols-3">
              {features.map(({ Icon, title, body, detail }) => (
                <li key={title} className="group flex flex-col rounded-xl border border-line bg-surface-raised p-6 shadow-xs">
                  <span className="inline-flex size-10 items-center justify-center rounded-lg bg-accent-soft text-accent-soft-ink">
                    <Icon aria-hidden className="size-5" />
                  </span>
                  <h3 className="mt-5 text-lg font-semibold tracking-tight text-ink">{title}</h3>
                  <p className="mt-2 flex-1 leading-relaxed text-ink-muted">{body}</p>
                  <p className="mt-5 border-t border-line pt-4 text-xs font-medium tracking-wide text-ink-subtle">
                    {detail}
                  </p>
                </li>
              ))}
            </ul>
          </div>
        </section>

        {/* Closing call to action */}
        <section aria-labelledby="cta-title" className="border-t border-line">
          <div className="mx-auto max-w-6xl px-5 py-20 sm:px-8">
            <div className="relative overflow-hidden rounded-2xl bg-ink px-6 py-12 text-paper sm:px-12 sm:py-14 dark:bg-surface-raised dark:text-ink dark:ring-1 dark:ring-line">
              <div
                aria-hidden
                className="absolute -top-24 -right-24 size-72 rounded-full bg-[radial-gradient(circle,var(--color-accent),transparent_70%)] opacity-40"
              />
              <div className="relative flex flex-col gap-8 md:flex-row md:items-end md:justify-between">
                <div className="max-w-xl">
                  <h2 id="cta-title" className="font-serif text-3xl font-semibold tracking-tight text-balance sm:text-4xl">
                    Start your commonplace book.
                  </h2>
                  <p className="mt-3 text-lg leading-relaxed text-paper/75 dark:text-ink-muted">
                    Make an account, invite your reading group, and bring this week&rsquo;s papers.
                  </p>
                </div>
                <Button asChild size="lg" className="bg-paper text-ink shadow-none hover:bg-paper/90 dark:bg-accent dark:text-accent-ink dark:hover:bg-accent-hover">
                  <Link href="/sign-up">
                    Create your account <ArrowRight aria-hidden />
                  </Link>
                </Button>
              </div>
            </div>
          </div>
        </section>
      </main>
      <SiteFooter />
    </div>
  );
}
