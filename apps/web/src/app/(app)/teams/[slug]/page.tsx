import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TRPCError } from "@trpc/server";
import { TeamView } from "@/components/teams/team-view";
import { requireUser } from "@/lib/current-user";
import { getServerCaller } from "@/trpc/server";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ tab?: string }> };

async function loadTeam(slug: string) {
  try {
    return await (await getServerCaller()).teams.get({ teamSlug: slug });
  } catch (error) {
    if (error instanceof TRPCError && ["NOT_FOUND", "FORBIDDEN", "BAD_REQUEST"].includes(error.code)) return null;
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const team = await loadTeam((await params).slug);
  return { title: team?.name ?? "Team" };
}

export default async function TeamPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const team = await loadTeam((await params).slug);
  if (!team) notFound();
  return <TeamView initialTeam={team} initialTab={(await searchParams).tab ?? "lists"} myUserId={user.id} />;
}
