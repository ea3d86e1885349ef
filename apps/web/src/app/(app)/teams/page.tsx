import type { Metadata } from "next";
import Link from "next/link";
import { Plus, Users } from "lucide-react";
import { Badge, Button } from "@commonplace/ui";
import { roleLabels } from "@/components/lists/labels";
import { EmptyState, PageHeader } from "@/components/lists/page-header";
import { CreateTeamDialog } from "@/components/teams/create-team-dialog";
import { requireUser } from "@/lib/current-user";
import { getServerCaller } from "@/trpc/server";

export const metadata: Metadata = { title: "Teams" };

export default async function TeamsPage() {
  await requireUser();
  const teams = await (await getServerCaller()).teams.mine();
  const create = (
    <CreateTeamDialog
      trigger={
        <Button>
          <Plus aria-hidden /> New team
        </Button>
      }
    />
  );
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-8 sm:py-12">
      <PageHeader
        eyebrow="Teams"
        title="Your teams"
        lead="Read together: shared lists, notes and discussions with your lab, class or reading group."
        actions={create}
      />
      {teams.length === 0 ? (
        <div className="mt-8">
          <EmptyState icon={<Users aria-hidden />} title="You’re not in a team yet" action={create}>
            Create one and invite people with a link, or open an invitation someone sent you.
          </EmptyState>
        </div>
      ) : (
        <ul className="mt-8 grid gap-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="my-teams">
          {teams.map((t) => (
            <li
              key={t.id}
              className="group relative rounded-xl border border-line bg-surface p-5 shadow-xs transition-[border-color,box-shadow] hover:border-line-strong hover:shadow-sm"
            >
              <div className="flex items-center gap-3">
                <span
                  aria-hidden
                  className="inline-flex size-10 shrink-0 items-center justify-center rounded-lg bg-accent-soft font-serif text-lg font-semibold text-accent-soft-ink"
                >
                  {t.name.slice(0, 1).toUpperCase()}
                </span>
                <div className="min-w-0">
                  <h2 className="truncate font-semibold tracking-tight text-ink">
                    <Link
                      href={`/teams/${t.slug}`}
                      className="outline-none after:absolute after:inset-0 after:rounded-xl group-hover:text-accent focus-visible:text-accent"
                    >
                      {t.name}
                    </Link>
                  </h2>
                  <p className="truncate font-mono text-xs text-ink-subtle">/teams/{t.slug}</p>
                </div>
              </div>
              <div className="mt-4 flex items-center justify-between text-xs text-ink-muted">
                <span>
                  {t.memberCount} {t.memberCount === 1 ? "member" : "members"}
                </span>
                <Badge variant={t.role === "OWNER" ? "accent" : "neutral"}>{roleLabels[t.role]}</Badge>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
