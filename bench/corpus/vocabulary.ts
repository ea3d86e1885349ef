// Word lists for the synthetic corpus. Real terms from ML, CS, physics and maths, grouped by field
// so a paper's title and abstract stay on one topic (search results then look like search results).
// Order matters: terms are drawn with Zipfian weights by rank, so the first ones are the common ones.

export interface Field {
  name: string;
  /** arXiv categories, most common first. */
  categories: string[];
  /** Noun phrases (methods, objects of study), most common first. */
  terms: string[];
  /** Tasks / problems, most common first. */
  tasks: string[];
}

export const FIELDS: Field[] = [
  {
    name: "machine learning",
    categories: ["cs.LG", "stat.ML", "cs.AI", "cs.CV", "cs.CL", "cs.NE", "cs.IR"],
    terms: [
      "neural networks", "deep learning", "transformers", "attention", "reinforcement learning", "language models",
      "convolutional networks", "graph neural networks", "diffusion models", "contrastive learning", "embeddings",
      "gradient descent", "generative adversarial networks", "variational autoencoders", "self-supervised learning",
      "large language models", "fine-tuning", "knowledge distillation", "federated learning", "meta-learning",
      "policy gradients", "Bayesian inference", "dropout", "batch normalization", "recurrent networks",
      "mixture of experts", "retrieval augmentation", "in-context learning", "prompt tuning", "low-rank adaptation",
      "vision transformers", "normalizing flows", "score matching", "kernel methods", "Gaussian processes",
      "decision trees", "gradient boosting", "random forests", "support vector machines", "active learning",
      "domain adaptation", "transfer learning", "curriculum learning", "adversarial examples", "certified robustness",
      "differential privacy", "model compression", "quantization", "pruning", "sparse attention", "state space models",
      "tokenization", "beam search", "speculative decoding", "chain-of-thought prompting", "reward modeling",
      "preference optimization", "offline reinforcement learning", "multi-agent systems", "world models",
      "neural architecture search", "hyperparameter optimization", "stochastic optimization", "Adam optimizer",
      "learning rate schedules", "weight decay", "overparameterization", "double descent", "neural tangent kernel",
      "implicit regularization", "causal inference", "counterfactual explanations", "saliency maps", "interpretability",
      "calibration", "uncertainty quantification", "conformal prediction", "out-of-distribution detection",
      "continual learning", "catastrophic forgetting", "few-shot learning", "zero-shot transfer", "multimodal models",
      "vision-language models", "speech recognition", "optical flow", "point clouds", "neural radiance fields",
      "semantic segmentation", "object detection", "image generation", "text-to-image synthesis", "video understanding",
    ],
    tasks: [
      "image classification", "machine translation", "question answering", "text summarization", "object tracking",
      "recommendation", "anomaly detection", "time series forecasting", "named entity recognition", "code generation",
      "sentiment analysis", "protein structure prediction", "molecule generation", "robotic manipulation",
      "autonomous driving", "medical image segmentation", "information retrieval", "dialogue systems",
      "visual question answering", "document understanding", "mathematical reasoning", "theorem proving",
    ],
  },
  {
    name: "physics",
    categories: ["quant-ph", "cond-mat.str-el", "hep-th", "astro-ph.CO", "gr-qc", "cond-mat.mes-hall", "hep-ph", "physics.optics"],
    terms: [
      "quantum entanglement", "qubits", "superconductivity", "topological insulators", "dark matter", "black holes",
      "gravitational waves", "quantum error correction", "spin chains", "Bose-Einstein condensates", "the Hubbard model",
      "quantum field theory", "string theory", "the cosmic microwave background", "neutrino oscillations",
      "the Higgs boson", "lattice gauge theory", "quantum annealing", "variational quantum eigensolvers",
      "tensor networks", "matrix product states", "many-body localization", "quantum phase transitions",
      "Majorana fermions", "the quantum Hall effect", "graphene", "moire superlattices", "spin liquids",
      "magnons", "phonons", "photonic crystals", "optical cavities", "quantum dots", "Rydberg atoms",
      "trapped ions", "superconducting circuits", "decoherence", "open quantum systems", "Lindblad dynamics",
      "holography", "the AdS/CFT correspondence", "inflation", "dark energy", "galaxy clusters", "weak lensing",
      "exoplanets", "neutron stars", "accretion disks", "cosmic rays", "renormalization group", "conformal field theory",
      "effective field theory", "scattering amplitudes", "supersymmetry", "axions", "quantum chromodynamics",
      "heavy-ion collisions", "plasma turbulence", "nonlinear optics", "frequency combs", "quantum metrology",
      "quantum sensing", "quantum key distribution", "Bell inequalities", "quantum channels", "thermalization",
    ],
    tasks: [
      "ground state estimation", "phase diagram mapping", "parameter estimation", "state tomography",
      "gate calibration", "signal detection", "spectral analysis", "transport measurements", "halo mass estimation",
      "redshift estimation", "event reconstruction", "noise characterization",
    ],
  },
  {
    name: "computer science",
    categories: ["cs.DS", "cs.DC", "cs.CR", "cs.DB", "cs.PL", "cs.SE", "cs.NI", "cs.CC"],
    terms: [
      "approximation algorithms", "distributed systems", "consensus protocols", "Byzantine fault tolerance",
      "zero-knowledge proofs", "homomorphic encryption", "lattice-based cryptography", "hash tables", "B-trees",
      "query optimization", "transaction processing", "concurrency control", "static analysis", "type systems",
      "program synthesis", "symbolic execution", "fuzzing", "model checking", "compilers", "garbage collection",
      "cache coherence", "GPU kernels", "sparse matrices", "graph algorithms", "shortest paths", "network flows",
      "online algorithms", "streaming algorithms", "sketching", "locality-sensitive hashing", "nearest neighbor search",
      "inverted indexes", "learned indexes", "key-value stores", "log-structured merge trees", "replication",
      "erasure coding", "serverless computing", "microservices", "software-defined networking", "congestion control",
      "side-channel attacks", "smart contracts", "blockchains", "secure multiparty computation", "differential testing",
      "SAT solvers", "SMT solvers", "parameterized complexity", "communication complexity", "property testing",
      "submodular optimization", "linear programming", "integer programming", "scheduling", "load balancing",
    ],
    tasks: [
      "vulnerability detection", "query answering", "fault localization", "program repair", "data deduplication",
      "traffic classification", "intrusion detection", "resource allocation", "graph partitioning", "data compression",
      "code search", "workload prediction",
    ],
  },
  {
    name: "mathematics",
    categories: ["math.OC", "math.PR", "math.ST", "math.NA", "math.CO", "math.AP", "math.AG"],
    terms: [
      "convex optimization", "stochastic differential equations", "Markov chains", "random matrices",
      "partial differential equations", "finite element methods", "spectral graph theory", "martingales",
      "concentration inequalities", "optimal transport", "Wasserstein distances", "high-dimensional statistics",
      "sparse recovery", "compressed sensing", "low-rank matrix completion", "mixing times", "Brownian motion",
      "Lévy processes", "ergodic theory", "extremal combinatorics", "Ramsey theory", "graph colorings",
      "algebraic varieties", "elliptic curves", "Navier-Stokes equations", "variational inequalities",
      "proximal methods", "mirror descent", "primal-dual algorithms", "semidefinite programming",
      "empirical processes", "bootstrap methods", "nonparametric regression", "minimax rates", "kernel density estimation",
    ],
    tasks: [
      "existence and uniqueness", "convergence analysis", "error estimation", "hypothesis testing",
      "density estimation", "model selection", "regularity theory", "stability analysis",
    ],
  },
];

/** Share of papers per field (ML dominates arXiv listings these days). */
export const FIELD_WEIGHTS = [0.5, 0.22, 0.18, 0.1];

export const ADJECTIVES = [
  "efficient", "scalable", "robust", "provable", "fast", "adaptive", "hierarchical", "sparse", "unified",
  "principled", "interpretable", "distributed", "data-efficient", "generalizable", "nonlinear", "stochastic",
  "exact", "approximate", "optimal", "universal", "equivariant", "differentiable", "lightweight", "high-dimensional",
];

export const VERBS = [
  "improves", "accelerates", "stabilizes", "generalizes", "simplifies", "outperforms", "extends", "unifies",
  "characterizes", "bounds", "explains", "enables",
];

export const DATASETS = [
  "ImageNet", "CIFAR-10", "COCO", "GLUE", "SQuAD", "WikiText-103", "LibriSpeech", "MNIST", "Kinetics-400",
  "the Planck 2018 data", "LIGO-Virgo observations", "synthetic benchmarks", "real-world traces", "TPC-H", "SPEC CPU",
];

export const FIRST_NAMES = [
  "Wei", "Yang", "Jun", "Li", "Hao", "Xin", "Yuki", "Hiroshi", "Min-jun", "Ji-woo", "Arjun", "Priya", "Rahul", "Ananya",
  "Mohammed", "Fatima", "Ahmed", "Layla", "David", "Sarah", "Michael", "Emily", "James", "Anna", "Thomas", "Laura",
  "Pierre", "Camille", "Lukas", "Lena", "Matteo", "Giulia", "Alejandro", "Lucia", "Ivan", "Olga", "Jakub", "Zofia",
  "Kwame", "Amara", "Lars", "Ingrid", "Sven", "Elif", "Mehmet", "Noa", "Daniel", "Maria", "Jose", "Chen", "Tomás",
  "Aiko", "Kenji", "Sofia", "Mateus", "Isabela", "Oliver", "Charlotte", "Henrik", "Freya", "Ravi", "Meera",
];

export const LAST_NAMES = [
  "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu",
  "Kim", "Lee", "Park", "Choi", "Tanaka", "Suzuki", "Sato", "Watanabe", "Kumar", "Sharma", "Singh", "Gupta", "Patel",
  "Smith", "Johnson", "Brown", "Miller", "Davis", "Garcia", "Rodriguez", "Martinez", "Müller", "Schmidt", "Schneider",
  "Fischer", "Weber", "Rossi", "Russo", "Ferrari", "Bernard", "Dubois", "Moreau", "Laurent", "Ivanov", "Petrov",
  "Novak", "Kowalski", "Nowak", "Jensen", "Nielsen", "Andersson", "Johansson", "Yilmaz", "Kaya", "Cohen", "Levi",
  "Okafor", "Mensah", "Silva", "Santos", "Oliveira", "Pereira", "Costa", "Hernández", "López", "González", "Nguyen",
  "Tran", "Pham", "O'Brien", "Murphy", "Kelly", "Anderson", "Taylor", "Thomas", "Moore", "Martin", "Jackson",
];
