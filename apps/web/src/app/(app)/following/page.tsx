import type { Metadata } from "next";
import { FollowingFeed } from "@/components/follows/following-feed";
import { PageHeader } from "@/components/lists/page-header";
import { requireUser } from "@/lib/current-user";

export const metadata: Metadata = { title: "Following" };

export default async function FollowingPage() {
  await requireUser();
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:px-8 sm:py-12">
      <PageHeader
        eyebrow="Following"
        title="From people you follow"
        lead="Public lists, papers and annotations from the people and public teams you follow, newest first."
      />
      <div className="mt-8">
        <FollowingFeed />
      </div>
    </div>
  );
}
