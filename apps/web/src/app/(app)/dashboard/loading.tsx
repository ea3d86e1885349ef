import { Skeleton } from "@commonplace/ui";

export default function DashboardLoading() {
  return (
    <div aria-busy="true" aria-live="polite" className="mx-auto max-w-6xl px-4 py-8 sm:px-8 sm:py-12">
      <span className="sr-only">Loading your dashboard…</span>
      <Skeleton className="h-4 w-24" />
      <Skeleton className="mt-3 h-9 w-72 max-w-full" />
      <Skeleton className="mt-8 h-64 w-full rounded-xl" />
      <div className="mt-10 grid gap-3 md:grid-cols-3">
        <Skeleton className="h-40 rounded-xl" />
        <Skeleton className="h-40 rounded-xl" />
        <Skeleton className="h-40 rounded-xl" />
      </div>
    </div>
  );
}
