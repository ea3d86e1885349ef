"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { AlertCircle } from "lucide-react";
import { Alert, Button, FormField, Input, Separator } from "@commonplace/ui";

type Provider = { id: string; name: string };

const INVALID = "Invalid email or password.";

// Credentials failures come back as next-auth's generic code; thrown errors (throttling) as their message.
function messageFor(error: string): string {
  if (error === "CredentialsSignin" || error === "Configuration") return INVALID;
  return error;
}

export function SignInForm({ callbackUrl, providers, initialError }: { callbackUrl: string; providers: Provider[]; initialError: string | null }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? "").trim(),
        password: String(form.get("password") ?? ""),
        redirect: false,
        callbackUrl,
      });
      if (!result || result.error || !result.ok) {
        setError(messageFor(result?.error ?? INVALID));
        setPending(false);
        return;
      }
      router.replace(callbackUrl);
      router.refresh();
    } catch {
      setError("We couldn't reach the server. Check your connection and try again.");
      setPending(false);
    }
  }

  return (
    <div className="grid gap-6">
      {providers.length > 0 ? (
        <>
          <div className="grid gap-2">
            {providers.map((provider) => (
              <Button key={provider.id} variant="secondary" size="lg" onClick={() => void signIn(provider.id, { callbackUrl })}>
                Continue with {provider.name}
              </Button>
            ))}
          </div>
          <div className="flex items-center gap-3 text-xs text-ink-subtle">
            <Separator className="flex-1" /> or with email <Separator className="flex-1" />
          </div>
        </>
      ) : null}

      <form onSubmit={onSubmit} noValidate className="grid gap-4">
        {error ? (
          <Alert variant="danger" data-testid="sign-in-error">
            <AlertCircle aria-hidden />
            <span>{error}</span>
          </Alert>
        ) : null}
        <FormField label="Email">
          <Input name="email" type="email" autoComplete="email" required autoFocus placeholder="you@university.edu" />
        </FormField>
        <FormField
          label="Password"
          labelAside={
            <Link href="/forgot-password" className="text-[13px] text-ink-muted underline-offset-4 hover:text-accent hover:underline">
              Forgot password?
            </Link>
          }
        >
          <Input name="password" type="password" autoComplete="current-password" required />
        </FormField>
        <Button type="submit" size="lg" loading={pending} className="mt-1 w-full">
          Sign in
        </Button>
      </form>
    </div>
  );
}
