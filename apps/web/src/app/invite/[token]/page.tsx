import type { Metadata } from "next";
import { AcceptInvite } from "@/components/teams/accept-invite";
import { getCurrentUser } from "@/lib/current-user";
import { getServerCaller } from "@/trpc/server";

export const metadata: Metadata = { title: "Team invitation", robots: { index: false } };

type Props = { params: Promise<{ token: string }> };

export default async function InvitePage({ params }: Props) {
  const { token } = await params;
  const [user, caller] = await Promise.all([getCurrentUser(), getServerCaller()]);
  const preview =
    token.length >= 10 && token.length <= 200
      ? await caller.teams.invitePreview({ token })
      : { valid: false, reason: "This invitation link is incomplete.", team: null, role: null, alreadyMember: false };
  return (
    <div className="mx-auto flex max-w-lg flex-col px-4 py-12 sm:py-20">
      <AcceptInvite token={token} preview={preview} user={user ? { name: user.name } : null} />
    </div>
  );
}
