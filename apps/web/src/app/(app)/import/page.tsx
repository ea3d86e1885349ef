import type { Metadata } from "next";
import { Suspense } from "react";
import { ingestMaxBytes } from "@commonplace/api/server";
import { ImportView } from "@/components/import/import-view";
import { requireUser } from "@/lib/current-user";

export const metadata: Metadata = { title: "Import papers" };

export default async function ImportPage() {
  await requireUser();
  return (
    <Suspense>
      <ImportView maxBytes={ingestMaxBytes()} />
    </Suspense>
  );
}
