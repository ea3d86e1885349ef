import type { Metadata } from "next";
import { PageHeader } from "@/components/lists/page-header";
import { TokensPanel } from "@/components/settings/tokens-panel";
import { requireUser } from "@/lib/current-user";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser();
  return (
    <div className="mx-auto max-w-4xl px-4 py-8 sm:px-8 sm:py-12">
      <PageHeader eyebrow="Settings" title="Your account" />
      <section aria-labelledby="profile-title" className="mt-8 rounded-xl border border-line bg-surface p-5 shadow-xs sm:p-6">
        <h2 id="profile-title" className="font-semibold tracking-tight text-ink">
          Profile
        </h2>
        <dl className="mt-4 grid gap-3 text-sm sm:grid-cols-[8rem_1fr]">
          <dt className="text-ink-muted">Name</dt>
          <dd className="text-ink">{user.name}</dd>
          <dt className="text-ink-muted">Handle</dt>
          <dd className="font-mono text-[13px] text-ink">@{user.handle}</dd>
          <dt className="text-ink-muted">Email</dt>
          <dd className="text-ink">{user.email}</dd>
        </dl>
      </section>
      <TokensPanel />
    </div>
  );
}
