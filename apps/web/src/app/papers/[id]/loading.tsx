import { Skeleton } from "@commonplace/ui";

export default function PaperLoading() {
  return (
    <div aria-busy="true" aria-live="polite" className="mx-auto max-w-6xl px-4 pt-6 pb-20 sm:px-8 sm:pt-8">
      <span className="sr-only">Loading the paper…</span>
      <Skeleton className="h-4 w-16" />
      <div className="mt-6 max-w-3xl">
        <Skeleton className="h-4 w-40" />
        <Skeleton className="mt-4 h-9 w-full" />
        <Skeleton className="mt-2 h-9 w-2/3" />
        <Skeleton className="mt-5 h-4 w-1/2" />
        <div className="mt-6 flex gap-2">
          <Skeleton className="h-8 w-20" />
          <Skeleton className="h-8 w-24" />
        </div>
      </div>
      <div className="mt-10 grid gap-10 lg:grid-cols-[minmax(0,1fr)_17rem] lg:gap-16">
        <div className="max-w-[68ch]">
          <Skeleton className="h-3 w-20" />
          {Array.from({ length: 7 }, (_, i) => (
            <Skeleton key={i} className="mt-3 h-4" style={{ width: `${[100, 96, 98, 92, 97, 94, 60][i]}%` }} />
          ))}
        </div>
        <Skeleton className="h-56 rounded-xl" />
      </div>
    </div>
  );
}
