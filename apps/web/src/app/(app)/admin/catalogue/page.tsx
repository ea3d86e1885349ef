import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProposalsList } from "@/components/admin/proposals-list";
import { requireUser } from "@/lib/current-user";
import { getServerCaller } from "@/trpc/server";

export const metadata: Metadata = { title: "Catalogue review" };

/** Site administrators review what untrusted imports proposed for papers already in the catalogue (policy/site.ts catalogue.review). */
export default async function CatalogueReviewPage() {
  await requireUser();
  // The same decision the catalogue.* procedures make; anyone else gets a 404, not a hint the page exists.
  if (!(await (await getServerCaller()).ingest.canSeeAllRuns())) notFound();
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-8 sm:py-12">
      <h1 className="grid gap-1">
        <span className="text-sm font-medium text-ink-muted">Admin</span>
        <span className="font-serif text-3xl font-semibold tracking-tight text-ink sm:text-[2.125rem]">Catalogue review</span>
      </h1>
      <p className="mt-3 max-w-2xl leading-relaxed text-ink-muted">
        When someone imports a paper that is already in the library, their file may only fill in what the record lacks. Values that differ are proposed here.
        Accepting one changes the paper for everyone and is recorded in its history (and can be reverted); annotations are re-anchored only if the text they
        point to changes.
      </p>
      <div className="mt-8">
        <ProposalsList />
      </div>
    </div>
  );
}
