"use client";

import Link from "next/link";
import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { Tabs } from "radix-ui";
import { Badge, cn } from "@commonplace/ui";
import { useTRPC } from "@/trpc/react";
import { roleLabels } from "@/components/lists/labels";
import type { TeamDetail } from "@/components/lists/types";
import { ActivityPanel } from "./activity-panel";
import { InvitesPanel } from "./invites-panel";
import { MembersPanel } from "./members-panel";
import { TeamListsPanel } from "./team-lists-panel";
import { TeamSettingsPanel } from "./team-settings-panel";

type Props = { initialTeam: TeamDetail; initialTab: string; myUserId: string };

export function TeamView({ initialTeam, initialTab, myUserId }: Props) {
  const trpc = useTRPC();
  const team = useQuery({ ...trpc.teams.get.queryOptions({ teamSlug: initialTeam.slug }), initialData: initialTeam }).data;
  const can = (a: string) => team.permissions.includes(a);
  const tabs = [
    { value: "lists", label: "Lists", count: team.listCount },
    { value: "members", label: "Members", count: team.memberCount },
    ...(can("member.invite") ? [{ value: "invitations", label: "Invitations" }] : []),
    { value: "activity", label: "Activity" },
    ...(can("team.update") || can("team.delete") ? [{ value: "settings", label: "Settings" }] : []),
  ];
  const [tab, setTab] = useState(tabs.some((t) => t.value === initialTab) ? initialTab : "lists");

  function select(value: string) {
    setTab(value);
    const url = new URL(window.location.href);
    if (value === "lists") url.searchParams.delete("tab");
    else url.searchParams.set("tab", value);
    window.history.replaceState(null, "", url);
  }

  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-8 sm:py-12">
      <div className="flex items-start gap-4">
        <span
          aria-hidden
          className="hidden size-14 shrink-0 items-center justify-center rounded-xl bg-accent-soft font-serif text-2xl font-semibold text-accent-soft-ink sm:inline-flex"
        >
          {team.name.slice(0, 1).toUpperCase()}
        </span>
        <div className="min-w-0">
          <h1 className="grid gap-1">
            <span className="flex items-center gap-2 text-sm font-medium text-ink-muted">
              Team <span className="font-mono text-xs text-ink-subtle">/{team.slug}</span>
            </span>
            <span className="font-serif text-3xl font-semibold tracking-tight text-balance text-ink sm:text-[2.125rem]" data-testid="team-name">
              {team.name}
            </span>
          </h1>
          {team.description ? <p className="mt-2 max-w-2xl leading-relaxed text-ink-muted">{team.description}</p> : null}
          <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-ink-muted">
            {team.myRole ? (
              <Badge variant={team.myRole === "OWNER" ? "accent" : "neutral"} data-testid="my-role">
                You’re {team.myRole === "ADMIN" || team.myRole === "OWNER" ? "an" : "a"} {roleLabels[team.myRole].toLowerCase()}
              </Badge>
            ) : null}
            <span>
              {team.memberCount} {team.memberCount === 1 ? "member" : "members"} · {team.listCount} {team.listCount === 1 ? "list" : "lists"}
            </span>
            {team.myRole ? (
              <Link href={`/teams/${team.slug}/annotations`} className="font-medium text-accent hover:underline" data-testid="team-annotations-link">
                Team annotations
              </Link>
            ) : null}
          </p>
        </div>
      </div>

      <Tabs.Root value={tab} onValueChange={select} className="mt-8">
        <Tabs.List aria-label="Team sections" className="-mx-4 flex gap-1 overflow-x-auto border-b border-line px-4 sm:mx-0 sm:px-0">
          {tabs.map((t) => (
            <Tabs.Trigger
              key={t.value}
              value={t.value}
              className={cn(
                "relative -mb-px inline-flex h-10 shrink-0 items-center gap-1.5 border-b-2 border-transparent px-3 text-sm font-medium text-ink-muted transition-colors",
                "hover:text-ink focus-visible:outline-2 focus-visible:outline-offset-[-2px] focus-visible:outline-ring",
                "data-[state=active]:border-accent data-[state=active]:text-ink",
              )}
            >
              {t.label}
              {"count" in t && t.count !== undefined ? (
                <span className="rounded-full bg-paper-sunken px-1.5 text-xs text-ink-muted tabular-nums">{t.count}</span>
              ) : null}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        <Tabs.Content value="lists" className="pt-6 focus:outline-none">
          <TeamListsPanel team={team} />
        </Tabs.Content>
        <Tabs.Content value="members" className="pt-6 focus:outline-none">
          <MembersPanel team={team} myUserId={myUserId} />
        </Tabs.Content>
        {can("member.invite") ? (
          <Tabs.Content value="invitations" className="pt-6 focus:outline-none">
            <InvitesPanel team={team} />
          </Tabs.Content>
        ) : null}
        <Tabs.Content value="activity" className="pt-6 focus:outline-none">
          <ActivityPanel teamSlug={team.slug} />
        </Tabs.Content>
        <Tabs.Content value="settings" className="pt-6 focus:outline-none">
          <TeamSettingsPanel team={team} />
        </Tabs.Content>
      </Tabs.Root>
    </div>
  );
}
