"use client";

import { useState, type FormEvent } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { KeyRound, Plus } from "lucide-react";
import { Alert, Badge, Button, FormField, Input, Skeleton, toast } from "@commonplace/ui";
import { useTRPC } from "@/trpc/react";
import { fieldErrorsOf, formErrorOf } from "@/lib/trpc-errors";
import { CopyField } from "@/components/lists/copy-field";
import { Select } from "@/components/lists/select";
import { formatDate } from "@/components/lists/labels";
import { TimeAgo } from "@/components/time-ago";

/** Personal access tokens for the REST API: create (shown once), list, revoke. */
export function TokensPanel() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const tokens = useQuery(trpc.tokens.list.queryOptions());
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.tokens.list.queryKey() });
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const create = useMutation(trpc.tokens.create.mutationOptions({ onSuccess: (t) => setCreated({ name: t.name, token: t.token }), onSettled: refresh }));
  const revoke = useMutation(
    trpc.tokens.revoke.mutationOptions({
      onSuccess: () => toast.success("Token revoked"),
      onError: (e) => toast.error(formErrorOf(e) ?? "Couldn’t revoke."),
      onSettled: refresh,
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const days = Number(form.get("expires") ?? 0);
    create.mutate(
      { name: String(form.get("name") ?? ""), scope: form.get("scope") === "WRITE" ? "WRITE" : "READ", expiresInDays: days > 0 ? days : null },
      { onSuccess: () => (event.target as HTMLFormElement).reset() },
    );
  }

  return (
    <section aria-labelledby="tokens-title" className="mt-6 rounded-xl border border-line bg-surface p-5 shadow-xs sm:p-6">
      <h2 id="tokens-title" className="font-semibold tracking-tight text-ink">
        Personal access tokens
      </h2>
      <p className="mt-1 text-sm leading-relaxed text-ink-muted">
        For scripts and tools using the REST API: send{" "}
        <code className="rounded bg-paper-sunken px-1 font-mono text-[12px]">Authorization: Bearer &lt;token&gt;</code>. Treat a token like a password.
      </p>

      <form onSubmit={onSubmit} className="mt-5 grid gap-3 sm:grid-cols-[1fr_10rem_9rem_auto] sm:items-end" noValidate>
        <FormField label="Token name" error={fieldErrorsOf(create.error).name}>
          <Input name="name" placeholder="e.g. Zotero sync on my laptop" maxLength={100} />
        </FormField>
        <FormField label="Access">
          <Select name="scope" defaultValue="READ">
            <option value="READ">Read only</option>
            <option value="WRITE">Read and write</option>
          </Select>
        </FormField>
        <FormField label="Expires">
          <Select name="expires" defaultValue="90">
            <option value="30">In 30 days</option>
            <option value="90">In 90 days</option>
            <option value="365">In a year</option>
            <option value="0">Never</option>
          </Select>
        </FormField>
        <Button type="submit" loading={create.isPending}>
          <Plus aria-hidden /> Create token
        </Button>
      </form>
      {created ? (
        <div className="mt-4 grid gap-2 rounded-lg border border-accent/30 bg-accent-soft/40 p-3" role="status">
          <p className="text-sm font-medium text-ink">“{created.name}” created. Copy it now — you won’t see it again.</p>
          <CopyField value={created.token} label="new token" testId="new-token" />
        </div>
      ) : null}

      <div className="mt-6">
        {tokens.isLoading ? (
          <Skeleton className="h-20 rounded-lg" />
        ) : (tokens.data ?? []).length === 0 ? (
          <p className="flex items-center gap-2 text-sm text-ink-muted">
            <KeyRound aria-hidden className="size-4" /> No tokens yet.
          </p>
        ) : (
          <ul className="divide-y divide-line rounded-lg border border-line" data-testid="tokens">
            {tokens.data!.map((t) => (
              <li key={t.id} className="flex flex-wrap items-center gap-3 px-4 py-3 text-sm">
                <KeyRound aria-hidden className="size-4 text-ink-subtle" />
                <div className="min-w-0 flex-1">
                  <p className="truncate font-medium text-ink">{t.name}</p>
                  <p className="text-xs text-ink-muted">
                    <span className="font-mono">{t.prefix}…</span> · created {formatDate(t.createdAt)} ·{" "}
                    {t.lastUsedAt ? <TimeAgo date={t.lastUsedAt} prefix="last used " /> : "never used"}
                    {/* eslint-disable-next-line react-hooks/purity -- expired or not as of this render; the list re-renders on every refetch */}
                    {t.expiresAt ? ` · ${t.expiresAt.getTime() <= Date.now() ? "expired" : "expires"} ${formatDate(t.expiresAt)}` : " · no expiry"}
                  </p>
                </div>
                <Badge variant={t.scope === "WRITE" ? "highlight" : "neutral"}>{t.scope === "WRITE" ? "Read & write" : "Read only"}</Badge>
                {t.revokedAt ? (
                  <Badge variant="danger">Revoked</Badge>
                ) : (
                  <Button variant="ghost" size="sm" loading={revoke.isPending && revoke.variables?.id === t.id} onClick={() => revoke.mutate({ id: t.id })}>
                    Revoke
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
      {create.error && !create.error.data?.zodError ? (
        <Alert variant="danger" className="mt-3">
          {formErrorOf(create.error)}
        </Alert>
      ) : null}
    </section>
  );
}
