// Moved to @commonplace/anchoring (the worker needs it too and must not import the API); import it from there.
export { annotatableSource, type TextSource } from "@commonplace/anchoring";
