import type { Metadata } from "next";
import Link from "next/link";
import { Library, Plus } from "lucide-react";
import { Button } from "@commonplace/ui";
import { CreateListDialog } from "@/components/lists/create-list-dialog";
import { ListCard } from "@/components/lists/list-card";
import { EmptyState, PageHeader } from "@/components/lists/page-header";
import { requireUser } from "@/lib/current-user";
import { getServerCaller } from "@/trpc/server";

export const metadata: Metadata = { title: "Reading lists" };

export default async function ListsPage() {
  await requireUser();
  const caller = await getServerCaller();
  const lists = await caller.lists.mine({ scope: "all" });
  const personal = lists.filter((l) => !l.team);
  const byTeam = new Map<string, { name: string; slug: string; lists: typeof lists }>();
  for (const l of lists) {
    if (!l.team) continue;
    const group = byTeam.get(l.team.slug) ?? { name: l.team.name, slug: l.team.slug, lists: [] };
    group.lists.push(l);
    byTeam.set(l.team.slug, group);
  }
  const newList = (
    <CreateListDialog
      trigger={
        <Button>
          <Plus aria-hidden /> New list
        </Button>
      }
    />
  );

  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-8 sm:py-12">
      <PageHeader eyebrow="Reading lists" title="Your lists" lead="Your own lists and your teams’ lists, most recently changed first." actions={newList} />

      {lists.length === 0 ? (
        <div className="mt-8">
          <EmptyState icon={<Library aria-hidden />} title="No reading lists yet" action={newList}>
            Start a list for a project, a course or a reading group. Add papers from search or from any paper page.
          </EmptyState>
        </div>
      ) : (
        <>
          <section aria-labelledby="personal-lists" className="mt-10">
            <h2 id="personal-lists" className="text-sm font-semibold text-ink">
              Personal <span className="font-normal text-ink-subtle">· {personal.length}</span>
            </h2>
            {personal.length === 0 ? (
              <p className="mt-3 text-sm text-ink-muted">You have no personal lists. Lists you create for yourself appear here.</p>
            ) : (
              <ul className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="personal-lists">
                {personal.map((l) => (
                  <ListCard key={l.id} list={l} showTeam={false} />
                ))}
              </ul>
            )}
          </section>
          {[...byTeam.values()].map((group) => (
            <section key={group.slug} aria-labelledby={`team-${group.slug}`} className="mt-10">
              <h2 id={`team-${group.slug}`} className="text-sm font-semibold text-ink">
                <Link href={`/teams/${group.slug}`} className="hover:text-accent hover:underline">
                  {group.name}
                </Link>{" "}
                <span className="font-normal text-ink-subtle">· {group.lists.length}</span>
              </h2>
              <ul className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
                {group.lists.map((l) => (
                  <ListCard key={l.id} list={l} showTeam={false} />
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </div>
  );
}
