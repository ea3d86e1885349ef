import type { Metadata } from "next";
import Link from "next/link";
import { AuthHeading } from "@/components/auth/auth-heading";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { Button } from "@commonplace/ui";

export const metadata: Metadata = { title: "Choose a new password" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// A reset token is 10–200 URL-safe characters (packages/api auth.resetPassword); anything else is a truncated
// or mangled link, and says so here rather than as a validation message under the password field.
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{10,200}$/;

export default async function ResetPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  const { token } = await searchParams;
  if (typeof token === "string" && token.length > 0 && !TOKEN_SHAPE.test(token)) {
    return (
      <>
        <AuthHeading title="This link is invalid or has expired">
          The password reset link doesn&rsquo;t work — it may have been cut short when it was copied, or already used. Request a new one; it arrives in a
          minute.
        </AuthHeading>
        <Button asChild size="lg" className="w-full" data-testid="request-new-link">
          <Link href="/forgot-password">Request a new link</Link>
        </Button>
      </>
    );
  }
  if (typeof token !== "string" || token.length === 0) {
    return (
      <>
        <AuthHeading title="This link is incomplete">
          The password reset link is missing its token. Open the link from the email again, or request a new one.
        </AuthHeading>
        <Button asChild size="lg" className="w-full">
          <Link href="/forgot-password">Request a new link</Link>
        </Button>
      </>
    );
  }
  return <ResetPasswordForm token={token} />;
}
