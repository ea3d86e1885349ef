"use client";

import Link from "next/link";
import { useState } from "react";
import { usePathname } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { Check, UserPlus } from "lucide-react";
import { Button, toast } from "@commonplace/ui";
import { useTRPC } from "@/trpc/react";
import { formErrorOf } from "@/lib/trpc-errors";

type Target = { kind: "user"; handle: string } | { kind: "team"; slug: string };

/**
 * Follow / unfollow a person or a public team, with the follower count beside it. Visitors get a
 * sign-in link that brings them back here; nobody sees it on their own profile (the page omits it).
 */
export function FollowButton({
  target,
  name,
  signedIn,
  initialFollowing,
  initialFollowers,
}: {
  target: Target;
  name: string;
  signedIn: boolean;
  initialFollowing: boolean;
  initialFollowers: number;
}) {
  const trpc = useTRPC();
  const pathname = usePathname();
  const [state, setState] = useState({ following: initialFollowing, followers: initialFollowers });
  const onSuccess = (next: { following: boolean; followers: number }) => setState(next);
  const onError = (error: unknown) => toast.error(formErrorOf(error) ?? "Couldn’t update following.");
  const followUser = useMutation(trpc.follows.followUser.mutationOptions({ onSuccess, onError }));
  const unfollowUser = useMutation(trpc.follows.unfollowUser.mutationOptions({ onSuccess, onError }));
  const followTeam = useMutation(trpc.follows.followTeam.mutationOptions({ onSuccess, onError }));
  const unfollowTeam = useMutation(trpc.follows.unfollowTeam.mutationOptions({ onSuccess, onError }));
  const pending = followUser.isPending || unfollowUser.isPending || followTeam.isPending || unfollowTeam.isPending;

  function toggle() {
    if (target.kind === "user") (state.following ? unfollowUser : followUser).mutate({ handle: target.handle });
    else (state.following ? unfollowTeam : followTeam).mutate({ slug: target.slug });
  }

  const count = (
    <span className="text-sm text-ink-muted" data-testid="follower-count">
      <span className="font-semibold text-ink tabular-nums">{state.followers.toLocaleString("en-US")}</span> {state.followers === 1 ? "follower" : "followers"}
    </span>
  );

  if (!signedIn) {
    return (
      <div className="flex flex-wrap items-center gap-3">
        <Button asChild variant="secondary" size="sm">
          <Link href={`/sign-in?callbackUrl=${encodeURIComponent(pathname)}`}>
            <UserPlus aria-hidden /> Sign in to follow
          </Link>
        </Button>
        {count}
      </div>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button
        size="sm"
        variant={state.following ? "secondary" : "primary"}
        loading={pending}
        onClick={toggle}
        title={state.following ? `You follow ${name}. Press to unfollow.` : undefined}
        data-testid="follow-button"
      >
        {state.following ? <Check aria-hidden /> : <UserPlus aria-hidden />}
        {state.following ? "Following" : "Follow"}
        <span className="sr-only"> {name}</span>
      </Button>
      {count}
    </div>
  );
}
