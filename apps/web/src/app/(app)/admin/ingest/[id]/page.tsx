import type { Metadata } from "next";
import Link from "next/link";
import { ArrowLeft } from "lucide-react";
import { RunPanel } from "@/components/import/run-panel";
import { requireUser } from "@/lib/current-user";

export const metadata: Metadata = { title: "Import" };

export default async function IngestRunPage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser();
  const { id } = await params;
  return (
    <div className="mx-auto max-w-4xl px-4 py-8 sm:px-8 sm:py-12">
      <Link href="/admin/ingest" className="inline-flex items-center gap-1.5 text-sm text-ink-muted hover:text-ink">
        <ArrowLeft aria-hidden className="size-3.5" /> All imports
      </Link>
      <h1 className="mt-4 font-serif text-3xl font-semibold tracking-tight text-ink">Import details</h1>
      <RunPanel runId={id} className="mt-6" />
    </div>
  );
}
