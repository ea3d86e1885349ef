// The fixed query mix for the latency bench, written against the synthetic corpus's vocabulary.
// Five classes, ten queries each; every system gets exactly these, in the same order.

export type QueryClass = "short" | "long" | "typo" | "filtered" | "faceted";

export interface BenchQuery {
  cls: QueryClass;
  q: string;
  categories?: string[];
  yearFrom?: number;
  /** Ask for facet counts (REST always returns them; the other systems only for this class). */
  facets?: boolean;
}

const short = [
  "graph neural networks",
  "quantum error correction",
  "diffusion models",
  "consensus protocols",
  "optimal transport",
  "dark matter",
  "transformers",
  "speech recognition",
  "SAT solvers",
  "tensor networks",
];

const long = [
  "how can graph neural networks be scaled to very large graphs without losing accuracy on node classification",
  "methods that reduce the memory cost of attention in transformers for long documents and summarization",
  "quantum error correction with superconducting circuits and the noise characterization of qubits",
  "we study convergence guarantees of stochastic optimization for overparameterized neural networks",
  "what are efficient consensus protocols for Byzantine fault tolerance in distributed systems",
  "using diffusion models and score matching for molecule generation and protein structure prediction",
  "estimating dark matter halo masses from weak lensing observations of galaxy clusters",
  "a robust approach to anomaly detection in time series forecasting with uncertainty quantification",
  "Wasserstein distances and optimal transport for high-dimensional statistics with minimax rates",
  "fuzzing and symbolic execution to find vulnerabilities in smart contracts on blockchains",
];

const typo = [
  "grpah nueral netwroks",
  "quantm entanglment",
  "difusion modles",
  "reinforcment lerning",
  "superconductvity",
  "gravitatonal waves",
  "homomorphic encyption",
  "stochastic diferential equations",
  "tranformers attenton",
  "speculative decodng",
];

const filtered: Omit<BenchQuery, "cls">[] = [
  { q: "attention", categories: ["cs.CL"], yearFrom: 2020 },
  { q: "neural networks", categories: ["cs.CV", "cs.LG"], yearFrom: 2018 },
  { q: "qubits", categories: ["quant-ph"], yearFrom: 2019 },
  { q: "black holes", categories: ["gr-qc", "hep-th"] },
  { q: "query optimization", categories: ["cs.DB"], yearFrom: 2016 },
  { q: "reinforcement learning", categories: ["cs.AI"], yearFrom: 2022 },
  { q: "Markov chains", categories: ["math.PR"] },
  { q: "language models", categories: ["cs.CL", "cs.AI"], yearFrom: 2023 },
  { q: "graphene", categories: ["cond-mat.mes-hall"], yearFrom: 2017 },
  { q: "compilers", categories: ["cs.PL"], yearFrom: 2015 },
];

// Broad words: many matches, so facet counting has real work to do.
const faceted = ["learning", "quantum", "algorithms", "networks", "models", "theory", "efficient", "optimization", "analysis", "data"];

export const QUERY_MIX: BenchQuery[] = [
  ...short.map((q) => ({ cls: "short" as const, q })),
  ...long.map((q) => ({ cls: "long" as const, q })),
  ...typo.map((q) => ({ cls: "typo" as const, q })),
  ...filtered.map((f) => ({ cls: "filtered" as const, ...f })),
  ...faceted.map((q) => ({ cls: "faceted" as const, q, facets: true })),
];

export const QUERY_CLASSES: QueryClass[] = ["short", "long", "typo", "filtered", "faceted"];
