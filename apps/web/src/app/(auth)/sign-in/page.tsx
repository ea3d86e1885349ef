import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Alert } from "@commonplace/ui";
import { CheckCircle2 } from "lucide-react";
import { oauthProviders } from "@commonplace/api/server";
import { AuthHeading } from "@/components/auth/auth-heading";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/current-user";
import { safeCallbackUrl } from "@/lib/paths";

export const metadata: Metadata = { title: "Sign in" };

// next-auth redirects here with ?error=… when an OAuth round-trip fails.
const oauthErrors: Record<string, string> = {
  OAuthAccountNotLinked: "That email is already registered. Sign in with your password, then link the account in Settings.",
  AccessDenied: "Access was denied.",
  Callback: "Sign-in with that provider failed. Please try again.",
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);

  const providers = oauthProviders();
  const errorCode = typeof params.error === "string" ? params.error : null;
  const oauthError = errorCode && errorCode !== "CredentialsSignin" ? (oauthErrors[errorCode] ?? "Sign-in failed. Please try again.") : null;

  return (
    <>
      <AuthHeading title="Welcome back">Sign in to pick up where you left off.</AuthHeading>
      {params.reset === "1" ? (
        <Alert variant="success" className="mb-5">
          <CheckCircle2 aria-hidden className="text-success" />
          <span>Your password has been changed. Sign in with your new password.</span>
        </Alert>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} providers={providers} initialError={oauthError} />
      <p className="mt-8 text-sm text-ink-muted">
        New to Commonplace?{" "}
        <Link
          href={callbackUrl === "/dashboard" ? "/sign-up" : `/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`}
          className="font-medium text-accent underline-offset-4 hover:underline"
        >
          Create an account
        </Link>
      </p>
    </>
  );
}
