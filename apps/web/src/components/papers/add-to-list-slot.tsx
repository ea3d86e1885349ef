/**
 * Where the "Add to list" control goes on a paper page. Reading lists are built separately: this slot
 * keeps its place (beside the paper's links) and renders nothing until that control exists.
 */
export function AddToListSlot(_props: { paperId: string; paperTitle: string }) {
  return null;
}
