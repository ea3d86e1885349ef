import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { annotationsFeedPath, feedAlternates } from "@commonplace/api/feed-paths";
import { env } from "@commonplace/api/server";
import { githubUrl, orcidUrl } from "@/components/profiles/profile-links";
import { JsonLd } from "@/components/json-ld";
import { loadProfile, plainSummary, type LoadedProfile } from "@/components/profiles/load-public";
import { ProfileView } from "@/components/profiles/profile-view";
import { getCurrentUser } from "@/lib/current-user";
import { absoluteUrl } from "@/lib/absolute-url";

type Props = { params: Promise<{ handle: string }> };

function describe(profile: LoadedProfile): string {
  const { user, stats } = profile;
  return plainSummary(user.bioHtml, 180) ?? `${user.name} on Commonplace: ${stats.publicLists} public reading ${stats.publicLists === 1 ? "list" : "lists"} and ${stats.annotations} public ${stats.annotations === 1 ? "annotation" : "annotations"}.`;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await loadProfile((await params).handle);
  if (!profile) return { title: "Profile not found", robots: { index: false } };
  const { user } = profile;
  const title = `${user.name} (@${user.handle})`;
  const description = describe(profile);
  const url = absoluteUrl(`/u/${user.handle}`);
  const images = user.avatarUrl ? [{ url: absoluteUrl(user.avatarUrl), width: 256, height: 256, alt: user.name }] : undefined;
  return {
    title,
    description,
    alternates: { canonical: url, types: feedAlternates(env().APP_URL, annotationsFeedPath(user.handle), `${user.name}’s annotations`) },
    openGraph: { type: "profile", title, description, url, username: user.handle, images },
    twitter: { card: "summary", title, description, images: images?.map((i) => i.url) },
  };
}

/** schema.org ProfilePage whose main entity is the Person (what search engines read for profiles). */
function personJsonLd(profile: LoadedProfile) {
  const { user } = profile;
  const url = absoluteUrl(`/u/${user.handle}`);
  const sameAs = [user.website, user.orcid ? orcidUrl(user.orcid) : null, user.github ? githubUrl(user.github) : null].filter(Boolean);
  return {
    "@context": "https://schema.org",
    "@type": "ProfilePage",
    url,
    dateCreated: new Date(user.joinedAt).toISOString(),
    mainEntity: {
      "@type": "Person",
      "@id": `${url}#person`,
      name: user.name,
      alternateName: `@${user.handle}`,
      identifier: user.handle,
      url,
      ...(user.avatarUrl ? { image: absoluteUrl(user.avatarUrl) } : {}),
      ...(user.bioHtml ? { description: plainSummary(user.bioHtml, 500) } : {}),
      ...(sameAs.length ? { sameAs } : {}),
      ...(profile.teams.length ? { memberOf: profile.teams.map((t) => ({ "@type": "Organization", name: t.name, url: absoluteUrl(`/t/${t.slug}`) })) } : {}),
      agentInteractionStatistic: { "@type": "InteractionCounter", interactionType: "https://schema.org/FollowAction", userInteractionCount: profile.stats.followers },
    },
  };
}

export default async function ProfilePage({ params }: Props) {
  const [profile, me] = await Promise.all([loadProfile((await params).handle), getCurrentUser()]);
  if (!profile) notFound();
  return (
    <>
      <JsonLd data={personJsonLd(profile)} />
      <ProfileView profile={profile} signedIn={Boolean(me)} />
    </>
  );
}
