import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JsonLd } from "@/components/json-ld";
import { loadPublicTeam, type LoadedTeam } from "@/components/profiles/load-public";
import { TeamPublicView } from "@/components/profiles/team-public-view";
import { getCurrentUser } from "@/lib/current-user";
import { absoluteUrl, siteUrl } from "@/lib/absolute-url";

type Props = { params: Promise<{ slug: string }> };

const describe = ({ team, stats }: LoadedTeam) =>
  team.description
    ?.replace(/[*_`#>[\]()]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 180) ||
  `${team.name} on Commonplace: ${stats.members} ${stats.members === 1 ? "member" : "members"}, ${stats.publicLists} public reading ${stats.publicLists === 1 ? "list" : "lists"}.`;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await loadPublicTeam((await params).slug);
  if (!page) return { title: "Team not found", robots: { index: false } };
  const title = page.team.name;
  const description = describe(page);
  const url = absoluteUrl(`/t/${page.team.slug}`, await siteUrl());
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { type: "website", title, description, url },
    twitter: { card: "summary", title, description },
  };
}

export default async function PublicTeamPage({ params }: Props) {
  const [page, me] = await Promise.all([loadPublicTeam((await params).slug), getCurrentUser()]);
  if (!page) notFound();
  const base = await siteUrl();
  const url = absoluteUrl(`/t/${page.team.slug}`, base);
  return (
    <>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "Organization",
          name: page.team.name,
          url,
          ...(page.team.description ? { description: describe(page) } : {}),
          member: page.members.map(({ user }) => ({ "@type": "Person", name: user.name, url: absoluteUrl(`/u/${user.handle}`, base) })),
        }}
      />
      <TeamPublicView page={page} signedIn={Boolean(me)} />
    </>
  );
}
