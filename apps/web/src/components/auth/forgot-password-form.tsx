"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { AlertCircle, ArrowLeft, MailCheck } from "lucide-react";
import { Alert, Button, FormField, Input } from "@commonplace/ui";
import { useTRPC } from "@/trpc/react";
import { fieldErrorsOf, formErrorOf } from "@/lib/trpc-errors";
import { AuthHeading } from "./auth-heading";

export function ForgotPasswordForm() {
  const trpc = useTRPC();
  const request = useMutation(trpc.auth.requestPasswordReset.mutationOptions());
  const [email, setEmail] = useState("");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    request.mutate({ email: email.trim() });
  }

  const backLink = (
    <Link href="/sign-in" className="inline-flex items-center gap-1.5 text-sm font-medium text-ink-muted underline-offset-4 hover:text-accent hover:underline">
      <ArrowLeft aria-hidden className="size-4" /> Back to sign in
    </Link>
  );

  if (request.isSuccess) {
    return (
      <div role="status">
        <span className="mb-5 inline-flex size-11 items-center justify-center rounded-xl bg-accent-soft text-accent-soft-ink">
          <MailCheck aria-hidden className="size-5" />
        </span>
        <AuthHeading title="Check your email">
          If an account exists for <strong className="font-medium text-ink">{email.trim()}</strong>, we&rsquo;ve sent a link to reset its password. The link
          expires soon, so use it today.
        </AuthHeading>
        <div className="flex flex-col gap-4">
          <Button variant="secondary" onClick={() => request.reset()}>
            Use a different email
          </Button>
          {backLink}
        </div>
      </div>
    );
  }

  const fieldError = fieldErrorsOf(request.error).email;
  const message = formErrorOf(request.error);

  return (
    <>
      <AuthHeading title="Reset your password">Enter the email you signed up with and we&rsquo;ll send you a link to choose a new password.</AuthHeading>
      <form onSubmit={onSubmit} noValidate className="grid gap-4">
        {message ? (
          <Alert variant="danger">
            <AlertCircle aria-hidden />
            <span>{message}</span>
          </Alert>
        ) : null}
        <FormField label="Email" error={fieldError}>
          <Input
            name="email"
            type="email"
            autoComplete="email"
            required
            autoFocus
            placeholder="you@university.edu"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </FormField>
        <Button type="submit" size="lg" loading={request.isPending} className="mt-1 w-full">
          Send reset link
        </Button>
      </form>
      <div className="mt-8">{backLink}</div>
    </>
  );
}
