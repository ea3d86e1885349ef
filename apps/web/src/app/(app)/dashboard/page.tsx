import type { Metadata } from "next";
import Link from "next/link";
import { ArrowRight, Highlighter, Library, Search, Users } from "lucide-react";
import { Button, Card } from "@commonplace/ui";
import { EmptyShelf } from "@/components/dashboard/empty-shelf";
import { ListCard } from "@/components/lists/list-card";
import { roleLabels } from "@/components/lists/labels";
import { requireUser } from "@/lib/current-user";
import { getServerCaller } from "@/trpc/server";

export const metadata: Metadata = { title: "Dashboard" };

const steps = [
  {
    Icon: Search,
    title: "Find a paper",
    body: "Search by title, author, or a phrase you half remember.",
    href: "/search",
    cta: "Search papers",
  },
  {
    Icon: Highlighter,
    title: "Highlight a passage",
    body: "Select text in the reader to highlight it and start a thread.",
    href: "/search",
    cta: "Open a paper",
  },
  {
    Icon: Users,
    title: "Bring your team",
    body: "Share reading lists and discuss papers with your lab or group.",
    href: "/teams",
    cta: "Create a team",
  },
];

export default async function DashboardPage() {
  const user = await requireUser();
  const firstName = user.name.split(/\s+/)[0] || user.name;
  const caller = await getServerCaller();
  const [lists, teams] = await Promise.all([caller.lists.mine({ scope: "all" }), caller.teams.mine()]);
  const hasDesk = lists.length > 0 || teams.length > 0;

  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-8 sm:py-12">
      <h1 className="grid gap-1">
        <span className="text-sm font-medium text-ink-muted">Dashboard</span>
        <span className="font-serif text-3xl font-semibold tracking-tight text-ink sm:text-[2.125rem]">
          Welcome, <span data-testid="dashboard-user-name">{user.name}</span>
        </span>
      </h1>

      {hasDesk ? (
        <div className="mt-8 grid gap-10 lg:grid-cols-[1fr_18rem]">
          <section aria-labelledby="recent-lists">
            <div className="flex items-baseline justify-between">
              <h2 id="recent-lists" className="text-sm font-semibold text-ink">
                Your reading lists
              </h2>
              <Link href="/lists" className="text-sm font-medium text-accent hover:underline">
                All lists
              </Link>
            </div>
            {lists.length === 0 ? (
              <p className="mt-3 text-sm text-ink-muted">No lists yet. Create one from the Lists page or from any paper.</p>
            ) : (
              <ul className="mt-3 grid gap-3 sm:grid-cols-2" data-testid="dashboard-lists">
                {lists.slice(0, 6).map((l) => (
                  <ListCard key={l.id} list={l} />
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="my-teams">
            <div className="flex items-baseline justify-between">
              <h2 id="my-teams" className="text-sm font-semibold text-ink">
                Your teams
              </h2>
              <Link href="/teams" className="text-sm font-medium text-accent hover:underline">
                All teams
              </Link>
            </div>
            {teams.length === 0 ? (
              <p className="mt-3 text-sm text-ink-muted">Read together: create a team on the Teams page.</p>
            ) : (
              <ul className="mt-3 divide-y divide-line rounded-xl border border-line bg-surface shadow-xs" data-testid="dashboard-teams">
                {teams.map((t) => (
                  <li key={t.id}>
                    <Link href={`/teams/${t.slug}`} className="flex items-center gap-3 px-4 py-3 transition-colors hover:bg-paper-sunken/60">
                      <span
                        aria-hidden
                        className="inline-flex size-8 shrink-0 items-center justify-center rounded-lg bg-accent-soft font-serif font-semibold text-accent-soft-ink"
                      >
                        {t.name.slice(0, 1).toUpperCase()}
                      </span>
                      <span className="min-w-0 flex-1">
                        <span className="block truncate text-sm font-medium text-ink">{t.name}</span>
                        <span className="text-xs text-ink-muted">
                          {roleLabels[t.role]} · {t.memberCount} {t.memberCount === 1 ? "member" : "members"}
                        </span>
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      ) : (
        <section aria-labelledby="empty-title" className="mt-8">
          <Card className="overflow-hidden">
            <div className="grid items-center gap-8 p-6 sm:p-10 md:grid-cols-[1fr_auto] md:gap-12">
              <div className="max-w-lg">
                <h2 id="empty-title" className="font-serif text-2xl font-semibold tracking-tight text-ink">
                  Your reading starts here
                </h2>
                <p className="mt-3 leading-relaxed text-ink-muted">
                  Nothing on your desk yet, {firstName}. Find a paper to read, highlight the passages that matter, and collect them into reading lists you can
                  share. What you and your teams are reading will show up here.
                </p>
                <div className="mt-6 flex flex-col gap-2.5 sm:flex-row">
                  <Button asChild size="lg">
                    <Link href="/search">
                      <Search aria-hidden /> Find a paper
                    </Link>
                  </Button>
                  <Button asChild size="lg" variant="secondary">
                    <Link href="/lists">
                      <Library aria-hidden /> Create a reading list
                    </Link>
                  </Button>
                </div>
              </div>
              <EmptyShelf className="mx-auto hidden w-64 sm:block md:w-80" />
            </div>
          </Card>
        </section>
      )}

      <section aria-labelledby="getting-started" className="mt-10">
        <h2 id="getting-started" className="text-sm font-semibold text-ink">
          Getting started
        </h2>
        <ol className="mt-3 grid gap-3 md:grid-cols-3">
          {steps.map(({ Icon, title, body, href, cta }, index) => (
            <li key={title}>
              <Link
                href={href}
                className="group flex h-full flex-col rounded-xl border border-line bg-surface p-5 shadow-xs transition-[border-color,box-shadow] hover:border-line-strong hover:shadow-sm"
              >
                <div className="flex items-center gap-3">
                  <span className="inline-flex size-8 items-center justify-center rounded-lg bg-accent-soft text-accent-soft-ink">
                    <Icon aria-hidden className="size-4" />
                  </span>
                  <span className="text-xs font-medium text-ink-subtle">Step {index + 1}</span>
                </div>
                <h3 className="mt-4 font-semibold tracking-tight text-ink">{title}</h3>
                <p className="mt-1 flex-1 text-sm leading-relaxed text-ink-muted">{body}</p>
                <span className="mt-4 inline-flex items-center gap-1 text-sm font-medium text-accent">
                  {cta}
                  <ArrowRight aria-hidden className="size-3.5 transition-transform group-hover:translate-x-0.5" />
                </span>
              </Link>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
