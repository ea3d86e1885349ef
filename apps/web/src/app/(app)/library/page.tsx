import type { Metadata } from "next";
import { Suspense } from "react";
import { LibraryView } from "@/components/library/library-view";
import { libraryInput, parseLibraryState } from "@/components/library/library-state";
import { requireUser } from "@/lib/current-user";
import { getServerCaller } from "@/trpc/server";

export const metadata: Metadata = { title: "My library" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LibraryPage({ searchParams }: Props) {
  await requireUser();
  const state = parseLibraryState(await searchParams);
  const caller = await getServerCaller();
  // A hand-edited URL with a filter the API refuses (say, a tag with control characters) shows the whole library.
  const initial = await caller.library
    .entries(libraryInput(state))
    .catch(() => caller.library.entries(libraryInput({ ...state, tag: null, listId: null, venue: null })));
  return (
    <Suspense>
      <LibraryView initialState={state} initial={initial} />
    </Suspense>
  );
}
