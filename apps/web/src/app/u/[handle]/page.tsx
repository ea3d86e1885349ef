import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { annotationsFeedPath, feedAlternates } from "@commonplace/api/feed-paths";
import { githubUrl, orcidUrl } from "@/components/profiles/profile-links";
import { JsonLd } from "@/components/json-ld";
import { loadProfile, plainSummary, type LoadedProfile } from "@/components/profiles/load-public";
import { ProfileView } from "@/components/profiles/profile-view";
import { getCurrentUser } from "@/lib/current-user";
import { absoluteUrl, siteUrl } from "@/lib/absolute-url";

type Props = { params: Promise<{ handle: string }> };

function describe(profile: LoadedProfile): string {
  const { user, stats } = profile;
  return (
    plainSummary(user.bioHtml, 180) ??
    `${user.name} on Commonplace: ${stats.publicLists} public reading ${stats.publicLists === 1 ? "list" : "lists"} and ${stats.annotations} public ${stats.annotations === 1 ? "annotation" : "annotations"}.`
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await loadProfile((await params).handle);
  if (!profile) return { title: "Profile not found", robots: { index: false } };
  const { user } = profile;
  const title = `${user.name} (@${user.handle})`;
  const description = describe(profile);
  const base = await siteUrl();
  const url = absoluteUrl(`/u/${user.handle}`, base);
  const images = user.avatarUrl ? [{ url: absoluteUrl(user.avatarUrl, base), width: 256, height: 256, alt: user.name }] : undefined;
  return {
    title,
    description,
    alternates: { canonical: url, types: feedAlternates(base, annotationsFeedPath(user.handle), `${user.name}’s annotations`) },
    openGraph: { type: "profile", title, description, url, username: user.handle, images },
    twitter: { card: "summary", title, description, images: images?.map((i) => i.url) },
  };
}

/** schema.org ProfilePage whose main entity is the Person (what search engines read for profiles). */
function personJsonLd(profile: LoadedProfile, base: string) {
  const { user } = profile;
  const url = absoluteUrl(`/u/${user.handle}`, base);
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
      ...(user.avatarUrl ? { image: absoluteUrl(user.avatarUrl, base) } : {}),
      ...(user.bioHtml ? { description: plainSummary(user.bioHtml, 500) } : {}),
      ...(sameAs.length ? { sameAs } : {}),
      ...(profile.teams.length
        ? { memberOf: profile.teams.map((t) => ({ "@type": "Organization", name: t.name, url: absoluteUrl(`/t/${t.slug}`, base) })) }
        : {}),
      agentInteractionStatistic: {
        "@type": "InteractionCounter",
        interactionType: "https://schema.org/FollowAction",
        userInteractionCount: profile.stats.followers,
      },
    },
  };
}

export default async function ProfilePage({ params }: Props) {
  const [profile, me] = await Promise.all([loadProfile((await params).handle), getCurrentUser()]);
  if (!profile) notFound();
  return (
    <>
      <JsonLd data={personJsonLd(profile, await siteUrl())} />
      <ProfileView profile={profile} signedIn={Boolean(me)} />
    </>
  );
}
