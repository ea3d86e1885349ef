"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { AlertCircle } from "lucide-react";
import { Alert, Button, FormField, Input, toast } from "@commonplace/ui";
import { useTRPC } from "@/trpc/react";
import { fieldErrorsOf, formErrorOf } from "@/lib/trpc-errors";
import { AuthHeading } from "./auth-heading";

export function ResetPasswordForm({ token }: { token: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const reset = useMutation(trpc.auth.resetPassword.mutationOptions());
  const [password, setPassword] = useState("");
  const [revokeTokens, setRevokeTokens] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    reset.mutate(
      { token, password, revokeTokens },
      {
        onSuccess: () => {
          toast.success("Password changed");
          router.push("/sign-in?reset=1");
        },
      },
    );
  }

  const fieldErrors = fieldErrorsOf(reset.error);
  // A rejected token is the link's fault, never the password's: said above the form, with the way out.
  const message = fieldErrors.token ? "This reset link is invalid or has expired." : formErrorOf(reset.error);

  return (
    <>
      <AuthHeading title="Choose a new password">Pick something you don&rsquo;t use elsewhere — at least 10 characters.</AuthHeading>
      <form onSubmit={onSubmit} noValidate className="grid gap-4">
        {message ? (
          <Alert variant="danger">
            <AlertCircle aria-hidden />
            <span>
              {message}{" "}
              <Link href="/forgot-password" className="font-medium underline underline-offset-4">
                Request a new link
              </Link>
            </span>
          </Alert>
        ) : null}
        <FormField label="New password" error={fieldErrors.password}>
          <Input
            name="password"
            type="password"
            autoComplete="new-password"
            required
            minLength={10}
            autoFocus
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </FormField>
        <p className="text-sm text-ink-muted">Every browser signed in to your account is signed out.</p>
        <label className="flex items-start gap-2 text-sm text-ink">
          <input type="checkbox" className="mt-0.5" checked={revokeTokens} onChange={(e) => setRevokeTokens(e.target.checked)} data-testid="revoke-tokens" />
          <span>Also revoke my personal access tokens (scripts using them stop working)</span>
        </label>
        <Button type="submit" size="lg" loading={reset.isPending} className="mt-1 w-full">
          Set new password
        </Button>
      </form>
    </>
  );
}
