import type { Metadata } from "next";
import { Suspense } from "react";
import { AnnotationsPageView } from "@/components/annotations-page/annotations-page-view";
import { requireUser } from "@/lib/current-user";

export const metadata: Metadata = { title: "My annotations" };

export default async function MyAnnotationsPage() {
  await requireUser();
  return (
    <Suspense>
      <AnnotationsPageView />
    </Suspense>
  );
}
