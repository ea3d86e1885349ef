// What the worker uses of the catalogue domain (`@commonplace/api/catalogue`): re-anchoring, shared with
// the API's accept and revert so annotations follow the canonical text whoever changes it.
export { reanchorPaper, type ReanchorSummary } from "./reanchor.ts";
