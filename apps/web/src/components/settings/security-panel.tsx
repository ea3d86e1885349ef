"use client";

import { useState, type FormEvent } from "react";
import { useMutation } from "@tanstack/react-query";
import { signIn, signOut } from "next-auth/react";
import { LogOut } from "lucide-react";
import { Alert, Button, FormField, Input, toast } from "@commonplace/ui";
import { useTRPC } from "@/trpc/react";
import { fieldErrorsOf, fieldForError, formErrorOf } from "@/lib/trpc-errors";

/**
 * Password change and "sign out everywhere". Both end every session of the account (the server bumps its
 * session version); after a password change this browser signs straight back in with the new password.
 */
export function SecurityPanel({ email }: { email: string }) {
  const trpc = useTRPC();
  const [revokeTokens, setRevokeTokens] = useState(false);
  const change = useMutation(trpc.auth.changePassword.mutationOptions());
  const everywhere = useMutation(
    trpc.auth.signOutEverywhere.mutationOptions({
      onSuccess: () => void signOut({ callbackUrl: "/sign-in" }),
      onError: (e) => toast.error(formErrorOf(e) ?? "Couldn’t sign out everywhere."),
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const newPassword = String(data.get("newPassword") ?? "");
    change.mutate(
      { currentPassword: String(data.get("currentPassword") ?? ""), newPassword, revokeTokens },
      {
        onSuccess: async ({ tokensRevoked }) => {
          form.reset();
          toast.success(tokensRevoked ? `Password changed; ${tokensRevoked} token(s) revoked` : "Password changed; other browsers are signed out");
          await signIn("credentials", { email, password: newPassword, redirect: false });
        },
      },
    );
  }

  const fields = fieldErrorsOf(change.error);
  const named = fieldForError(change.error, ["currentPassword", "newPassword"] as const);
  const message = formErrorOf(change.error);
  const errorFor = (field: "currentPassword" | "newPassword") => fields[field] ?? (named === field && message ? [message] : undefined);

  return (
    <section aria-labelledby="security-title" className="mt-6 rounded-xl border border-line bg-surface p-5 shadow-xs sm:p-6" data-testid="security-panel">
      <h2 id="security-title" className="font-semibold tracking-tight text-ink">
        Password and sessions
      </h2>
      <p className="mt-1 text-sm leading-relaxed text-ink-muted">
        Changing your password signs out every other browser. Sign out everywhere if you lost a device.
      </p>
      <form onSubmit={onSubmit} noValidate className="mt-5 grid gap-3 sm:grid-cols-2">
        <FormField label="Current password" error={errorFor("currentPassword")}>
          <Input name="currentPassword" type="password" autoComplete="current-password" required />
        </FormField>
        <FormField label="New password" description="At least 10 characters, hard to guess." error={errorFor("newPassword")}>
          <Input name="newPassword" type="password" autoComplete="new-password" required minLength={10} />
        </FormField>
        <label className="flex items-start gap-2 text-sm text-ink sm:col-span-2">
          <input type="checkbox" className="mt-0.5" checked={revokeTokens} onChange={(e) => setRevokeTokens(e.target.checked)} />
          <span>Also revoke my personal access tokens</span>
        </label>
        <div className="flex flex-wrap gap-2 sm:col-span-2">
          <Button type="submit" loading={change.isPending}>
            Change password
          </Button>
          <Button
            type="button"
            variant="secondary"
            loading={everywhere.isPending}
            onClick={() => everywhere.mutate({ revokeTokens })}
            data-testid="sign-out-everywhere"
          >
            <LogOut aria-hidden /> Sign out everywhere
          </Button>
        </div>
      </form>
      {message && !named && !change.error?.data?.zodError ? (
        <Alert variant="danger" className="mt-3">
          {message}
        </Alert>
      ) : null}
    </section>
  );
}
