// arXiv category names for the categories we are most likely to hold; unknown codes show as themselves.
const NAMES: Record<string, string> = {
  "cs.AI": "Artificial Intelligence",
  "cs.CL": "Computation and Language",
  "cs.CV": "Computer Vision",
  "cs.LG": "Machine Learning",
  "cs.IR": "Information Retrieval",
  "cs.RO": "Robotics",
  "cs.NE": "Neural and Evolutionary Computing",
  "cs.CR": "Cryptography and Security",
  "cs.DB": "Databases",
  "cs.DC": "Distributed Computing",
  "cs.DS": "Data Structures and Algorithms",
  "cs.HC": "Human-Computer Interaction",
  "cs.SE": "Software Engineering",
  "cs.PL": "Programming Languages",
  "cs.SD": "Sound",
  "cs.MA": "Multiagent Systems",
  "cs.GR": "Graphics",
  "cs.CY": "Computers and Society",
  "cs.SI": "Social and Information Networks",
  "cs.MM": "Multimedia",
  "cs.NI": "Networking",
  "cs.IT": "Information Theory",
  "cs.LO": "Logic in Computer Science",
  "cs.GT": "Game Theory",
  "stat.ML": "Machine Learning (Statistics)",
  "stat.ME": "Methodology",
  "stat.TH": "Statistics Theory",
  "stat.AP": "Applications",
  "math.OC": "Optimization and Control",
  "math.ST": "Statistics Theory",
  "math.PR": "Probability",
  "math.NA": "Numerical Analysis",
  "eess.AS": "Audio and Speech Processing",
  "eess.IV": "Image and Video Processing",
  "eess.SP": "Signal Processing",
  "eess.SY": "Systems and Control",
  "q-bio.NC": "Neurons and Cognition",
  "q-bio.QM": "Quantitative Methods",
  "physics.comp-ph": "Computational Physics",
  "quant-ph": "Quantum Physics",
  "cond-mat.dis-nn": "Disordered Systems and Neural Networks",
  "econ.EM": "Econometrics",
};

const GROUPS: Record<string, string> = {
  cs: "Computer Science",
  stat: "Statistics",
  math: "Mathematics",
  eess: "Electrical Engineering and Systems Science",
  "q-bio": "Quantitative Biology",
  "q-fin": "Quantitative Finance",
  physics: "Physics",
  "quant-ph": "Physics",
  "cond-mat": "Physics",
  "astro-ph": "Physics",
  econ: "Economics",
  "hep-th": "Physics",
  "gr-qc": "Physics",
};

export function categoryName(code: string): string | null {
  return NAMES[code] ?? null;
}

/** "cs.LG" → "Computer Science"; codes outside arXiv's scheme → "Other". */
export function categoryGroup(code: string): string {
  return GROUPS[code.split(".")[0]!] ?? "Other";
}

/** Browsing a category is a search filtered to it, newest first (facets, paging and sorting come with it). */
export function categoryHref(code: string): string {
  return `/search?category=${encodeURIComponent(code)}&sort=newest`;
}
