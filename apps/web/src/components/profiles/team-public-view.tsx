import Link from "next/link";
import { BookOpen, Settings } from "lucide-react";
import { Avatar, Badge, Button } from "@commonplace/ui";
import { ListCard } from "@/components/lists/list-card";
import { EmptyState } from "@/components/lists/page-header";
import { roleLabels } from "@/components/lists/labels";
import { Markdown } from "@/components/lists/markdown";
import { FollowButton } from "./follow-button";
import type { LoadedTeam } from "./load-public";
import { Section, Stats } from "./stats";

/** /t/<slug>: a public team's lists and members (names and handles only). */
export function TeamPublicView({ page, signedIn }: { page: LoadedTeam; signedIn: boolean }) {
  const { team, stats, viewer } = page;
  const since = new Date(team.createdAt).toLocaleDateString("en-US", { year: "numeric", month: "long" });
  return (
    <div className="mx-auto max-w-6xl px-4 pt-8 pb-20 sm:px-8 sm:pt-12" data-testid="team-public-page">
      <header className="flex flex-col gap-6 sm:flex-row sm:items-start">
        <Avatar name={team.name} className="size-20 rounded-2xl text-2xl sm:size-24" />
        <div className="grid min-w-0 flex-1 gap-3">
          <div>
            <p className="text-sm font-medium text-ink-muted">Team · since {since}</p>
            <h1 className="mt-1 font-serif text-3xl font-semibold tracking-tight text-balance text-ink sm:text-[2.5rem] sm:leading-tight">{team.name}</h1>
          </div>
          {team.description ? <Markdown source={team.description} className="max-w-2xl text-[15px] leading-relaxed" /> : null}
          <div className="flex flex-wrap items-center gap-3">
            <FollowButton
              target={{ kind: "team", slug: team.slug }}
              name={team.name}
              signedIn={signedIn}
              initialFollowing={viewer?.following ?? false}
              initialFollowers={stats.followers}
            />
            {viewer?.isMember ? (
              <Button asChild variant="ghost" size="sm">
                <Link href={`/teams/${team.slug}`}>
                  <Settings aria-hidden /> Open in your teams
                </Link>
              </Button>
            ) : null}
          </div>
        </div>
      </header>

      <div className="mt-10 grid gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <Section id="team-lists-title" title="Public lists" count={stats.publicLists}>
          {page.lists.length > 0 ? (
            <ul className="grid gap-4 sm:grid-cols-2" data-testid="team-public-lists">
              {page.lists.map((list) => (
                <ListCard key={list.id} list={list} showTeam={false} />
              ))}
            </ul>
          ) : (
            <EmptyState icon={<BookOpen aria-hidden />} title="No public lists yet">
              {team.name} hasn’t published a reading list yet. Follow the team to see new ones in your feed.
            </EmptyState>
          )}
        </Section>

        <aside className="grid content-start gap-8" aria-label={`About ${team.name}`}>
          <Stats
            items={[
              { label: "Members", singular: "Member", value: stats.members },
              { label: "Public lists", singular: "Public list", value: stats.publicLists },
              { label: "Followers", singular: "Follower", value: stats.followers },
            ]}
          />
          <section aria-labelledby="members-title" className="grid gap-3">
            <h2 id="members-title" className="text-xs font-semibold tracking-wide text-ink-muted uppercase">
              Members
            </h2>
            <ul className="grid gap-1" data-testid="team-public-members">
              {page.members.map(({ user, role }) => (
                <li key={user.id}>
                  <Link href={`/u/${user.handle}`} className="group flex items-center gap-3 rounded-lg px-2 py-1.5 transition-colors hover:bg-paper-sunken">
                    <Avatar name={user.name} src={user.avatarUrl} size="md" />
                    <span className="grid min-w-0 flex-1 leading-tight">
                      <span className="truncate text-sm font-medium text-ink group-hover:text-accent">{user.name}</span>
                      <span className="truncate font-mono text-xs text-ink-muted">@{user.handle}</span>
                    </span>
                    {role === "OWNER" || role === "ADMIN" ? <Badge variant="outline">{roleLabels[role]}</Badge> : null}
                  </Link>
                </li>
              ))}
            </ul>
            {stats.members > page.members.length ? <p className="text-xs text-ink-muted">and {stats.members - page.members.length} more</p> : null}
          </section>
        </aside>
      </div>
    </div>
  );
}
