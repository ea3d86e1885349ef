import type { Metadata } from "next";
import { Suspense } from "react";
import { notFound } from "next/navigation";
import { TRPCError } from "@trpc/server";
import { AnnotationsPageView } from "@/components/annotations-page/annotations-page-view";
import { requireUser } from "@/lib/current-user";
import { getServerCaller } from "@/trpc/server";

type Props = { params: Promise<{ slug: string }> };

/** The team, for its members only: an outsider gets the same 404 as for a team that does not exist. */
async function memberTeam(slug: string) {
  const caller = await getServerCaller();
  try {
    await caller.annotationSearch.facets({ teamSlug: slug });
    const team = await caller.teams.get({ teamSlug: slug });
    return { slug: team.slug, name: team.name };
  } catch (error) {
    if (error instanceof TRPCError && ["NOT_FOUND", "FORBIDDEN", "BAD_REQUEST"].includes(error.code)) return null;
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const team = await memberTeam((await params).slug);
  return { title: team ? `${team.name} · annotations` : "Team" };
}

export default async function TeamAnnotationsPage({ params }: Props) {
  await requireUser();
  const team = await memberTeam((await params).slug);
  if (!team) notFound();
  return (
    <Suspense>
      <AnnotationsPageView team={team} />
    </Suspense>
  );
}
