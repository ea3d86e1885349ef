import Link from "next/link";
import { BookOpen, CalendarDays, MessageSquareQuote, Users } from "lucide-react";
import { Avatar } from "@commonplace/ui";
import { ListCard } from "@/components/lists/list-card";
import { EmptyState } from "@/components/lists/page-header";
import { FollowButton } from "./follow-button";
import type { LoadedProfile } from "./load-public";
import { ProfileFeedSlot } from "./profile-feed-slot";
import { ProfileLinks } from "./profile-links";
import { PublicAnnotation } from "./public-annotation";
import { Section, Stats } from "./stats";

const joined = (d: Date) => new Date(d).toLocaleDateString("en-US", { year: "numeric", month: "long" });
const bioProse =
  "max-w-2xl text-[15px] leading-relaxed text-ink [&_a]:text-accent [&_a]:underline [&_a]:underline-offset-2 [&_p+p]:mt-2 [&_code]:rounded [&_code]:bg-paper-sunken [&_code]:px-1 [&_code]:font-mono [&_ul]:list-disc [&_ul]:pl-5";

/** /u/<handle>: who they are, what they read in public, what they said in public. */
export function ProfileView({ profile, signedIn }: { profile: LoadedProfile; signedIn: boolean }) {
  const { user, stats, viewer } = profile;
  const firstName = user.name.split(/\s+/)[0] ?? user.name;
  return (
    <div className="mx-auto max-w-6xl px-4 pt-8 pb-20 sm:px-8 sm:pt-12" data-testid="profile-page">
      <header className="flex flex-col gap-6 sm:flex-row sm:items-start">
        <Avatar name={user.name} src={user.avatarUrl} className="size-24 text-3xl sm:size-28" />
        <div className="grid min-w-0 flex-1 gap-3">
          <div>
            <h1 className="font-serif text-3xl font-semibold tracking-tight text-balance text-ink sm:text-[2.5rem] sm:leading-tight">{user.name}</h1>
            <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-ink-muted">
              <span className="font-mono text-[13px]">@{user.handle}</span>
              <span className="inline-flex items-center gap-1">
                <CalendarDays aria-hidden className="size-3.5" /> Joined {joined(user.joinedAt)}
              </span>
              <span>
                <span className="font-semibold text-ink tabular-nums">{stats.following}</span> following
              </span>
            </p>
          </div>
          {user.bioHtml ? <div className={bioProse} data-testid="profile-bio" dangerouslySetInnerHTML={{ __html: user.bioHtml }} /> : null}
          <ProfileLinks website={user.website} orcid={user.orcid} github={user.github} />
          {viewer?.isSelf ? (
            <p className="text-sm text-ink-muted">
              This is your public profile.{" "}
              <Link href="/settings" className="font-medium text-accent underline-offset-4 hover:underline">
                Edit profile
              </Link>
            </p>
          ) : (
            <FollowButton
              target={{ kind: "user", handle: user.handle }}
              name={user.name}
              signedIn={signedIn}
              initialFollowing={viewer?.following ?? false}
              initialFollowers={stats.followers}
            />
          )}
        </div>
      </header>

      <div className="mt-10 grid gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="grid content-start gap-12">
          <Section id="lists-title" title="Public lists" count={stats.publicLists}>
            {profile.lists.length > 0 ? (
              <ul className="grid gap-4 sm:grid-cols-2" data-testid="profile-lists">
                {profile.lists.map((list) => (
                  <ListCard key={list.id} list={list} />
                ))}
              </ul>
            ) : (
              <EmptyState icon={<BookOpen aria-hidden />} title="No public lists yet">
                {viewer?.isSelf ? "Make a reading list public and it appears here for everyone." : `${firstName} hasn’t shared a reading list yet.`}
              </EmptyState>
            )}
          </Section>

          <Section id="annotations-title" title="Recent annotations" count={stats.annotations}>
            {profile.annotations.length > 0 ? (
              <ol className="grid gap-4">
                {profile.annotations.map((a) => (
                  <PublicAnnotation key={a.id} annotation={a} />
                ))}
              </ol>
            ) : (
              <EmptyState icon={<MessageSquareQuote aria-hidden />} title="No public annotations yet">
                {viewer?.isSelf
                  ? "Annotations you publish with “Public” visibility show up here."
                  : `When ${firstName} annotates a paper in public, it shows up here.`}
              </EmptyState>
            )}
          </Section>
        </div>

        <aside className="grid content-start gap-8" aria-label={`About ${user.name}`}>
          <Stats
            items={[
              { label: "Public lists", singular: "Public list", value: stats.publicLists },
              { label: "Papers read", singular: "Paper read", value: stats.papersRead },
              { label: "Annotations", singular: "Annotation", value: stats.annotations },
            ]}
          />
          <ProfileFeedSlot handle={user.handle} />
          <section aria-labelledby="teams-title" className="grid gap-3">
            <h2 id="teams-title" className="text-xs font-semibold tracking-wide text-ink-muted uppercase">
              Teams
            </h2>
            {profile.teams.length > 0 ? (
              <ul className="grid gap-2">
                {profile.teams.map((t) => (
                  <li key={t.id}>
                    <Link
                      href={`/t/${t.slug}`}
                      className="group flex items-center gap-3 rounded-lg border border-line bg-surface px-3 py-2.5 transition-colors hover:border-line-strong"
                    >
                      <Avatar name={t.name} size="sm" className="rounded-md" />
                      <span className="grid min-w-0 leading-tight">
                        <span className="truncate text-sm font-medium text-ink group-hover:text-accent">{t.name}</span>
                        <span className="text-xs text-ink-muted">
                          {t.memberCount} {t.memberCount === 1 ? "member" : "members"}
                        </span>
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="flex items-center gap-2 text-sm text-ink-muted">
                <Users aria-hidden className="size-4" /> No public teams.
              </p>
            )}
          </section>
        </aside>
      </div>
    </div>
  );
}
