"use client";

import { useState, type FormEvent } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link2, Mail, X } from "lucide-react";
import { Alert, Badge, Button, Card, FormField, Input, Skeleton, toast } from "@commonplace/ui";
import { useTRPC } from "@/trpc/react";
import { fieldErrorsOf, formErrorOf } from "@/lib/trpc-errors";
import { CopyField } from "@/components/lists/copy-field";
import { Select } from "@/components/lists/select";
import { formatDate, roleLabels, type TeamRole } from "@/components/lists/labels";
import type { TeamDetail } from "@/components/lists/types";

const stateLabels = { active: "Active", expired: "Expired", revoked: "Revoked", used_up: "Used up" } as const;

export function InvitesPanel({ team }: { team: TeamDetail }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invites = useQuery(trpc.teams.invites.queryOptions({ teamSlug: team.slug }));
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.teams.invites.queryKey({ teamSlug: team.slug }) });
  const [role, setRole] = useState<TeamRole>("MEMBER");
  const [created, setCreated] = useState<{ url: string; emailed: boolean; email: string | null } | null>(null);
  const create = useMutation(trpc.teams.createInvite.mutationOptions({ onSettled: refresh }));
  const revoke = useMutation(
    trpc.teams.revokeInvite.mutationOptions({
      onSuccess: () => toast.success("Invitation revoked"),
      onError: (e) => toast.error(formErrorOf(e) ?? "Couldn’t revoke."),
      onSettled: refresh,
    }),
  );
  const errors = fieldErrorsOf(create.error);
  // Which roles the caller may hand out is the API's decision (policy: only owners invite owners).
  const roles: TeamRole[] = team.invitableRoles;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const maxUses = String(form.get("maxUses") ?? "").trim();
    const email = String(form.get("email") ?? "").trim();
    create.mutate(
      { teamSlug: team.slug, role, expiresInDays: Number(form.get("expiresInDays") ?? 7), maxUses: maxUses ? Number(maxUses) : null, email: email || null },
      { onSuccess: (invite) => setCreated({ url: invite.url, emailed: invite.emailed, email: email || null }) },
    );
  }

  return (
    <div className="grid gap-8 lg:grid-cols-[22rem_1fr]">
      <Card className="h-fit p-5">
        <h2 className="font-semibold tracking-tight text-ink">Invite people</h2>
        <p className="mt-1 text-sm leading-relaxed text-ink-muted">Create a link to share, or send it to an email address.</p>
        <form onSubmit={onSubmit} className="mt-4 grid gap-3.5" noValidate>
          <FormField label="Role">
            <Select name="role" value={role} onChange={(e) => setRole(e.target.value as TeamRole)}>
              {roles.map((r) => (
                <option key={r} value={r}>
                  {roleLabels[r]}
                </option>
              ))}
            </Select>
          </FormField>
          <div className="grid grid-cols-2 gap-3">
            <FormField label="Expires after" error={errors.expiresInDays}>
              <Select name="expiresInDays" defaultValue="7">
                <option value="1">1 day</option>
                <option value="7">7 days</option>
                <option value="30">30 days</option>
                <option value="90">90 days</option>
              </Select>
            </FormField>
            <FormField label="Max uses" error={errors.maxUses}>
              <Input name="maxUses" type="number" min={1} max={1000} placeholder="No limit" inputMode="numeric" />
            </FormField>
          </div>
          <FormField label="Email" description="Optional: we’ll send the link there." error={errors.email}>
            <Input name="email" type="email" autoComplete="off" placeholder="colleague@university.edu" />
          </FormField>
          {formErrorOf(create.error) && !create.error?.data?.zodError ? <Alert variant="danger">{formErrorOf(create.error)}</Alert> : null}
          <Button type="submit" loading={create.isPending}>
            <Link2 aria-hidden /> Create invitation link
          </Button>
        </form>
        {created ? (
          <div className="mt-5 grid gap-2 rounded-lg border border-accent/30 bg-accent-soft/40 p-3" role="status">
            <p className="text-sm font-medium text-ink">
              {created.emailed ? <>Sent to {created.email}. The link is also here — </> : null}Copy this link now: it won’t be shown again.
            </p>
            <CopyField value={created.url} label="invitation link" testId="invite-url" />
          </div>
        ) : null}
      </Card>

      <section aria-labelledby="invites-title">
        <h2 id="invites-title" className="text-sm font-semibold text-ink">
          Invitations
        </h2>
        {invites.isLoading ? (
          <Skeleton className="mt-3 h-32 rounded-xl" />
        ) : (invites.data ?? []).length === 0 ? (
          <p className="mt-3 text-sm text-ink-muted">No invitations yet.</p>
        ) : (
          <ul className="mt-3 divide-y divide-line rounded-xl border border-line bg-surface shadow-xs">
            {invites.data!.map((i) => (
              <li key={i.id} className="flex flex-wrap items-center gap-3 px-4 py-3 text-sm" data-testid="invite-row">
                <span className="inline-flex size-8 items-center justify-center rounded-full bg-paper-sunken text-ink-muted">
                  {i.email ? <Mail aria-hidden className="size-4" /> : <Link2 aria-hidden className="size-4" />}
                </span>
                <div className="min-w-0 flex-1">
                  <p className="truncate text-ink">
                    {i.email ?? "Link"} · <span className="text-ink-muted">{roleLabels[i.role]}</span>
                  </p>
                  <p className="text-xs text-ink-muted">
                    {i.uses} {i.maxUses ? `of ${i.maxUses}` : ""} used · {i.state === "active" ? "expires" : "expired"} {formatDate(i.expiresAt)} · by{" "}
                    {i.createdBy.name}
                  </p>
                </div>
                <Badge variant={i.state === "active" ? "accent" : "neutral"}>{stateLabels[i.state]}</Badge>
                {i.state === "active" ? (
                  <Button
                    variant="ghost"
                    size="sm"
                    onClick={() => revoke.mutate({ teamSlug: team.slug, inviteId: i.id })}
                    aria-label={`Revoke invitation ${i.email ?? ""}`}
                  >
                    <X aria-hidden /> Revoke
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
