import { LazyAddToListMenu } from "@/components/lists/lazy-add-to-list-menu";
import { getCurrentUser } from "@/lib/current-user";

/**
 * Where the "Add to list" control goes on a paper page (beside the paper's links). Members get the
 * menu (components/lists); visitors see nothing, since lists need an account.
 */
export async function AddToListSlot({ paperId, paperTitle }: { paperId: string; paperTitle: string }) {
  const user = await getCurrentUser();
  if (!user) return null;
  return <LazyAddToListMenu paperId={paperId} paperTitle={paperTitle} />;
}
