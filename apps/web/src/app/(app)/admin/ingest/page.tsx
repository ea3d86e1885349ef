import type { Metadata } from "next";
import { Suspense } from "react";
import { RunsList } from "@/components/import/runs-list";
import { requireUser } from "@/lib/current-user";
import { getServerCaller } from "@/trpc/server";

export const metadata: Metadata = { title: "Imports" };

export default async function IngestRunsPage() {
  await requireUser();
  // Administrators see every run (policy/site.ts); everyone else sees the imports they started.
  const everyone = await (await getServerCaller()).ingest.canSeeAllRuns();
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-8 sm:py-12">
      <h1 className="grid gap-1">
        <span className="text-sm font-medium text-ink-muted">{everyone ? "Admin" : "Library"}</span>
        <span className="font-serif text-3xl font-semibold tracking-tight text-ink sm:text-[2.125rem]">{everyone ? "Imports" : "Your imports"}</span>
      </h1>
      <p className="mt-3 max-w-2xl leading-relaxed text-ink-muted">
        {everyone
          ? "Every import into this library — from the web, the command line and first boot — with what it created, updated or skipped, and why items failed."
          : "The imports you started, with what each created, updated or skipped, and why items failed."}
      </p>
      <div className="mt-8">
        <Suspense>
          <RunsList />
        </Suspense>
      </div>
    </div>
  );
}
