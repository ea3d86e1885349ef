// The metrics live in @commonplace/search (unit-tested there); the bench uses the same code.
export { ndcgAtK, precisionAtK, reciprocalRank, recall, mean, percentile } from "@commonplace/search";
