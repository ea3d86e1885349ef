// Moved to @commonplace/catalogue (the worker needs it too and must not import the API); import it from there.
export { reanchorPaper, type ReanchorSummary } from "@commonplace/catalogue";
