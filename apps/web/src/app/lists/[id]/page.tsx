import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { TRPCError } from "@trpc/server";
import { feedAlternates, listFeedPath } from "@commonplace/api/feed-paths";
import { siteUrl } from "@/lib/absolute-url";
import { ListView } from "@/components/lists/list-view";
import { getCurrentUser } from "@/lib/current-user";
import { getServerCaller } from "@/trpc/server";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The secret of an UNLISTED list's link: `?share=` (what the API's share URL uses), `?s=` accepted too. */
async function shareTokenOf(searchParams: Props["searchParams"]): Promise<string | undefined> {
  const params = await searchParams;
  const raw = params.share ?? params.s;
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value && value.length <= 200 ? value : undefined;
}

async function load(id: string, shareToken: string | undefined) {
  const caller = await getServerCaller();
  try {
    const [list, items] = await Promise.all([caller.lists.get({ listId: id, shareToken }), caller.lists.items({ listId: id, shareToken, sort: "position" })]);
    return { list, items };
  } catch (error) {
    if (error instanceof TRPCError && ["NOT_FOUND", "FORBIDDEN", "UNAUTHORIZED", "BAD_REQUEST"].includes(error.code)) return null;
    throw error;
  }
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const data = await load((await params).id, await shareTokenOf(searchParams));
  const list = data?.list;
  if (list?.visibility !== "PUBLIC") return { title: list?.title ?? "Reading list", robots: { index: false } };
  // Feed autodiscovery: only PUBLIC lists have feeds.
  return { title: list.title, alternates: { types: feedAlternates(await siteUrl(), listFeedPath(list.id), list.title) } };
}

export default async function ListPage({ params, searchParams }: Props) {
  const { id } = await params;
  const shareToken = await shareTokenOf(searchParams);
  const [user, data] = await Promise.all([getCurrentUser(), load(id, shareToken)]);
  if (!data) {
    // A visitor may be looking at a list they can see once signed in; a member gets the plain 404.
    if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/lists/${id}${shareToken ? `?share=${encodeURIComponent(shareToken)}` : ""}`)}`);
    notFound();
  }
  return <ListView initialList={data.list} initialItems={data.items} shareToken={shareToken} signedIn={Boolean(user)} myUserId={user?.id ?? null} />;
}
