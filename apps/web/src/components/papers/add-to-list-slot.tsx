import { LazyAddToListMenu } from "@/components/lists/lazy-add-to-list-menu";
import { LazyPaperTags } from "@/components/tags/lazy-paper-tags";
import { getCurrentUser } from "@/lib/current-user";
import { Prefetched } from "@/trpc/prefetch";

/**
 * Where the "Add to list" control goes on a paper page (beside the paper's links). Members get the
 * menu (components/lists) with where the paper is saved already in the server HTML ("In 2 lists");
 * visitors see nothing, since lists need an account. Beside it, the member's own tags on the paper.
 */
export async function AddToListSlot({ paperId, paperTitle }: { paperId: string; paperTitle: string }) {
  const user = await getCurrentUser();
  if (!user) return null;
  return (
    <Prefetched
      load={(trpc, qc) =>
        Promise.all([
          qc.prefetchQuery(trpc.lists.savedIn.queryOptions({ paperIds: [paperId] })),
          qc.prefetchQuery(trpc.tags.forPapers.queryOptions({ paperIds: [paperId] })),
        ])
      }
    >
      <LazyAddToListMenu paperId={paperId} paperTitle={paperTitle} />
      <LazyPaperTags paperId={paperId} />
    </Prefetched>
  );
}
