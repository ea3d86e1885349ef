"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { AlertCircle } from "lucide-react";
import { Alert, Button, FormField, Input } from "@commonplace/ui";
import { useTRPC } from "@/trpc/react";
import { fieldErrorsOf, fieldForError, formErrorOf } from "@/lib/trpc-errors";

type Field = "name" | "handle" | "email" | "password";

/** Suggest a handle from the display name: "Ada Lovelace" → "ada-lovelace". */
function suggestHandle(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 30);
}

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const signUp = useMutation(trpc.auth.signUp.mutationOptions());
  const [values, setValues] = useState({ name: "", handle: "", email: "", password: "" });
  const [handleEdited, setHandleEdited] = useState(false);
  const [signingIn, setSigningIn] = useState(false);

  const fieldErrors = fieldErrorsOf(signUp.error);
  const message = formErrorOf(signUp.error);
  const messageField = fieldForError<Field>(signUp.error, ["handle", "email", "password"]);
  const errorFor = (field: Field) => fieldErrors[field] ?? (messageField === field && message ? [message] : undefined);

  function update(field: Field, value: string) {
    setValues((current) => {
      const next = { ...current, [field]: value };
      if (field === "name" && !handleEdited) next.handle = suggestHandle(value);
      return next;
    });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = {
      name: values.name.trim(),
      handle: values.handle.trim().toLowerCase(),
      email: values.email.trim(),
      password: values.password,
    };
    signUp.mutate(input, {
      onSuccess: async () => {
        setSigningIn(true);
        const result = await signIn("credentials", {
          email: input.email,
          password: input.password,
          redirect: false,
          callbackUrl,
        });
        if (result?.ok && !result.error) {
          router.replace(callbackUrl);
          router.refresh();
        } else {
          router.push(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
        }
      },
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      {message && !messageField ? (
        <Alert variant="danger">
          <AlertCircle aria-hidden />
          <span>{message}</span>
        </Alert>
      ) : null}
      <FormField label="Display name" error={errorFor("name")}>
        <Input
          name="name"
          autoComplete="name"
          required
          autoFocus
          placeholder="Ada Lovelace"
          value={values.name}
          onChange={(e) => update("name", e.target.value)}
        />
      </FormField>
      <FormField label="Handle" description="Lowercase letters, digits and dashes. Used for @mentions and your profile." error={errorFor("handle")}>
        <Input
          name="handle"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          minLength={3}
          maxLength={30}
          placeholder="ada-lovelace"
          value={values.handle}
          onChange={(e) => {
            setHandleEdited(true);
            update("handle", e.target.value);
          }}
        />
      </FormField>
      <FormField label="Email" error={errorFor("email")}>
        <Input
          name="email"
          type="email"
          autoComplete="email"
          required
          placeholder="you@university.edu"
          value={values.email}
          onChange={(e) => update("email", e.target.value)}
        />
      </FormField>
      <FormField label="Password" description="At least 10 characters." error={errorFor("password")}>
        <Input
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          value={values.password}
          onChange={(e) => update("password", e.target.value)}
        />
      </FormField>
      <Button type="submit" size="lg" loading={signUp.isPending || signingIn} className="mt-1 w-full">
        Create account
      </Button>
    </form>
  );
}
