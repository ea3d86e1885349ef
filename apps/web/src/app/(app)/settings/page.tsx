import type { Metadata } from "next";
import { PageHeader } from "@/components/lists/page-header";
import { ProfilePanel } from "@/components/settings/profile-panel";
import { TokensPanel } from "@/components/settings/tokens-panel";
import { SecurityPanel } from "@/components/settings/security-panel";
import { requireUser } from "@/lib/current-user";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser();
  return (
    <div className="mx-auto max-w-4xl px-4 py-8 sm:px-8 sm:py-12">
      <PageHeader eyebrow="Settings" title="Your account" />
      <ProfilePanel email={user.email} />
      <SecurityPanel email={user.email} />
      <TokensPanel />
    </div>
  );
}
