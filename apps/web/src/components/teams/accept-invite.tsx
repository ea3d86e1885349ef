"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { ArrowRight, MailWarning, Users } from "lucide-react";
import { Alert, Button, Card } from "@commonplace/ui";
import { useTRPC } from "@/trpc/react";
import { formErrorOf } from "@/lib/trpc-errors";
import { roleHelp, roleLabels } from "@/components/lists/labels";
import type { RouterOutputs } from "@/components/lists/types";

type Props = { token: string; preview: RouterOutputs["teams"]["invitePreview"]; user: { name: string } | null };

/** Who invites you where, with which role; join (signed in) or sign up / sign in and come back. */
export function AcceptInvite({ token, preview, user }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const accept = useMutation(trpc.teams.acceptInvite.mutationOptions({ onSuccess: ({ team }) => router.push(`/teams/${team.slug}`) }));
  const back = encodeURIComponent(`/invite/${token}`);

  if (!preview.valid || !preview.team || !preview.role) {
    return (
      <Card className="p-6 text-center sm:p-8">
        <span className="mx-auto inline-flex size-12 items-center justify-center rounded-full bg-paper-sunken text-ink-muted">
          <MailWarning aria-hidden className="size-6" />
        </span>
        <h1 className="mt-4 font-serif text-2xl font-semibold tracking-tight text-ink">This invitation can’t be used</h1>
        <p className="mt-2 leading-relaxed text-ink-muted" data-testid="invite-problem">
          {preview.reason ?? "The link may have expired, been revoked or used up."} Ask the person who invited you for a new link.
        </p>
        <Button asChild variant="secondary" className="mt-6">
          <Link href={user ? "/dashboard" : "/"}>{user ? "Go to your dashboard" : "Go to Commonplace"}</Link>
        </Button>
      </Card>
    );
  }

  const { team, role } = preview;
  return (
    <Card className="overflow-hidden">
      <div className="p-6 text-center sm:p-8">
        <span
          aria-hidden
          className="mx-auto inline-flex size-14 items-center justify-center rounded-xl bg-accent-soft font-serif text-2xl font-semibold text-accent-soft-ink"
        >
          {team.name.slice(0, 1).toUpperCase()}
        </span>
        <p className="mt-5 text-sm font-medium text-ink-muted">You’re invited to join</p>
        <h1 className="mt-1 font-serif text-3xl font-semibold tracking-tight text-balance text-ink" data-testid="invite-team-name">
          {team.name}
        </h1>
        <p className="mt-3 text-sm leading-relaxed text-ink-muted">
          as {role === "ADMIN" || role === "OWNER" ? "an" : "a"} <strong className="font-semibold text-ink">{roleLabels[role].toLowerCase()}</strong> —{" "}
          {roleHelp[role].toLowerCase()}
        </p>
      </div>
      <div className="border-t border-line bg-paper-sunken/50 p-6 sm:px-8">
        {preview.alreadyMember ? (
          <div className="grid gap-3 text-center">
            <p className="text-sm text-ink-muted">You’re already a member of this team.</p>
            <Button asChild>
              <Link href={`/teams/${team.slug}`}>
                Open {team.name} <ArrowRight aria-hidden />
              </Link>
            </Button>
          </div>
        ) : user ? (
          <div className="grid gap-3">
            {accept.error ? <Alert variant="danger">{formErrorOf(accept.error)}</Alert> : null}
            <Button size="lg" loading={accept.isPending || accept.isSuccess} onClick={() => accept.mutate({ token })}>
              <Users aria-hidden /> Join {team.name}
            </Button>
            <p className="text-center text-xs text-ink-subtle">Signed in as {user.name}.</p>
          </div>
        ) : (
          <div className="grid gap-3">
            <Button asChild size="lg">
              <Link href={`/sign-up?callbackUrl=${back}`}>Create an account to join</Link>
            </Button>
            <Button asChild size="lg" variant="secondary">
              <Link href={`/sign-in?callbackUrl=${back}`}>I already have an account</Link>
            </Button>
            <p className="text-center text-xs text-ink-subtle">You’ll come back here to join once you’re signed in.</p>
          </div>
        )}
      </div>
    </Card>
  );
}
