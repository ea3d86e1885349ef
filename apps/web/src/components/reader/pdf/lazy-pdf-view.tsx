"use client";

import dynamic from "next/dynamic";
import { Skeleton } from "@commonplace/ui";

/** The PDF view, fetched only when someone opens it: pdf.js stays out of the paper page's first load. */
export const LazyPdfView = dynamic(() => import("./pdf-view"), {
  ssr: false,
  loading: () => (
    <div aria-busy className="grid gap-3 pt-14">
      <Skeleton className="mx-auto h-[36rem] w-full max-w-[40rem] rounded-sm" />
    </div>
  ),
});
