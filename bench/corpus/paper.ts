import { ADJECTIVES, DATASETS, FIELD_WEIGHTS, FIELDS, FIRST_NAMES, LAST_NAMES, VERBS, type Field } from "./vocabulary.ts";
import { intBetween, itemSeed, rng, uniform, weighted, Zipf } from "./random.ts";

// One synthetic arXiv metadata record (the snapshot's JSONL shape), a pure function of (seed, index).

export interface ArxivRecord {
  id: string;
  submitter: string;
  authors: string;
  title: string;
  comments: string | null;
  "journal-ref": string | null;
  doi: string | null;
  "report-no": null;
  categories: string;
  license: string | null;
  abstract: string;
  versions: { version: string; created: string }[];
  update_date: string;
  authors_parsed: [string, string, string][];
}

export const DEFAULT_SEED = 20_240_611;
/** Papers are spread over these many months from FIRST_YEAR (ids YYMM.NNNNN). */
const MONTHS = 120;
const FIRST_YEAR = 2015;

const zipfTerms = new Map(FIELDS.map((f) => [f, new Zipf(f.terms, 1.05)]));
const zipfTasks = new Map(FIELDS.map((f) => [f, new Zipf(f.tasks, 1.0)]));
const zipfCats = new Map(FIELDS.map((f) => [f, new Zipf(f.categories, 1.2)]));
const zipfLast = new Zipf(LAST_NAMES, 0.8);
const zipfFirst = new Zipf(FIRST_NAMES, 0.6);
const zipfAdj = new Zipf(ADJECTIVES, 0.9);

const PROBLEMS = [
  "high computational cost",
  "poor sample efficiency",
  "limited scalability",
  "sensitivity to hyperparameters",
  "a lack of theoretical guarantees",
  "distribution shift",
  "noisy observations",
  "strong modelling assumptions",
  "quadratic memory requirements",
  "slow convergence",
  "instability during training",
  "error accumulation",
];
const METRICS = ["accuracy", "throughput", "fidelity", "sample efficiency", "latency", "precision", "robustness", "error"];
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const titleCase = (s: string) =>
  s
    .split(" ")
    .map((w, i) => (i > 0 && /^(of|for|with|via|and|the|a|an|in|on|to|from|at|by)$/.test(w) ? w : cap(w)))
    .join(" ");

const article = (word: string) => `${/^[aeiou]/i.test(word) ? "an" : "a"} ${word}`;

function acronym(random: () => number): string {
  const letters = "ABCDEFGHIKLMNOPRSTUVXZ";
  let out = "";
  for (let i = intBetween(random, 3, 6); i > 0; i--) out += letters[Math.floor(random() * letters.length)];
  return random() < 0.3 ? cap(out.toLowerCase()) + (random() < 0.5 ? "Net" : "Former") : out;
}

function title(r: () => number, f: Field, name: string): string {
  const t = () => zipfTerms.get(f)!.pick(r);
  const task = () => zipfTasks.get(f)!.pick(r);
  const adj = () => zipfAdj.pick(r);
  const templates = [
    () => `${adj()} ${t()} for ${task()}`,
    () => `${t()} via ${t()}`,
    () => `on the ${uniform(r, ["convergence", "expressivity", "robustness", "limits", "geometry", "stability"])} of ${t()}`,
    () => `towards ${adj()} ${task()} with ${t()}`,
    () => `${name}: ${adj()} ${t()} for ${task()}`,
    () => `when does ${t()} help ${task()}?`,
    () => `learning ${task()} from ${t()}`,
    () => `${t()} meets ${t()}`,
    () => `${article(adj())} approach to ${task()} using ${t()}`,
  ];
  return titleCase(uniform(r, templates)());
}

function abstract(r: () => number, f: Field, name: string, year: number): string {
  const t = () => zipfTerms.get(f)!.pick(r);
  const task = () => zipfTasks.get(f)!.pick(r);
  const adj = () => zipfAdj.pick(r);
  const main = t();
  const goal = task();
  const opening = [
    `${cap(main)} has emerged as a powerful approach to ${goal}.`,
    `${cap(goal)} is a central problem in ${f.name}, and ${main} is increasingly used to address it.`,
    `Recent progress in ${main} has opened new directions for ${goal}.`,
  ];
  const middle = [
    () => `However, existing methods based on ${t()} suffer from ${uniform(r, PROBLEMS)} and ${uniform(r, PROBLEMS)}.`,
    () => `In this paper, we propose ${name}, ${article(adj())} framework that combines ${main} with ${t()}.`,
    () => `Our key insight is that ${t()} can be interpreted as a form of ${t()}, which ${uniform(r, VERBS)} the analysis of ${goal}.`,
    () => `We prove that the resulting procedure converges under mild assumptions and give ${adj()} bounds that depend on ${t()}.`,
    () => `Our analysis reveals that ${t()} is closely related to ${t()} in the regime relevant for ${task()}.`,
    () => `Unlike prior work, ${name} requires neither ${t()} nor ${t()} at inference time.`,
    () => `We further introduce ${article(adj())} variant based on ${t()} that ${uniform(r, VERBS)} ${task()}.`,
    () =>
      `Extensive experiments on ${uniform(r, DATASETS)} and ${uniform(r, DATASETS)} demonstrate a ${intBetween(r, 2, 40)}% improvement in ${uniform(r, METRICS)} over strong baselines.`,
    () => `Ablation studies show that ${t()} accounts for most of the gain, while ${t()} mainly improves ${uniform(r, METRICS)}.`,
  ];
  const sentences = [uniform(r, opening)];
  // Each template at most once per abstract (a shuffled prefix), so abstracts do not stutter.
  for (let i = middle.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [middle[i], middle[j]] = [middle[j]!, middle[i]!];
  }
  for (const make of middle.slice(0, intBetween(r, 4, 7))) sentences.push(make());
  if (r() < 0.4) sentences.push(`We release our code and ${year >= 2020 ? "pretrained models" : "data"} to facilitate future research.`);
  return sentences.join(" ");
}

export function generatePaper(seed: number, index: number): ArxivRecord {
  const r = rng(itemSeed(seed, index));
  const month = index % MONTHS;
  const seq = Math.floor(index / MONTHS) + 1;
  const year = FIRST_YEAR + Math.floor(month / 12);
  const mon = (month % 12) + 1;
  const id = `${String(year % 100).padStart(2, "0")}${String(mon).padStart(2, "0")}.${String(seq).padStart(5, "0")}`;

  const field = FIELDS[weighted(r, FIELD_WEIGHTS)]!;
  const name = acronym(r);
  const authorCount = Math.min(12, 1 + Math.floor(-Math.log(1 - r()) * 3));
  const authors = Array.from({ length: authorCount }, () => [zipfLast.pick(r), zipfFirst.pick(r)] as const);
  const cats = new Set([zipfCats.get(field)!.pick(r)]);
  for (let i = intBetween(r, 0, 2); i > 0; i--) cats.add(r() < 0.8 ? zipfCats.get(field)!.pick(r) : uniform(r, uniform(r, FIELDS).categories));

  const created = (dayOffset: number) => {
    const d = new Date(Date.UTC(year, mon - 1, 1 + intBetween(r, 0, 27) + dayOffset, intBetween(r, 0, 23), intBetween(r, 0, 59), intBetween(r, 0, 59)));
    const p = (n: number) => String(n).padStart(2, "0");
    return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MON[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} GMT`;
  };
  const versions = [{ version: "v1", created: created(0) }];
  if (r() < 0.35) versions.push({ version: "v2", created: created(intBetween(r, 20, 200)) });
  if (versions.length === 2 && r() < 0.25) versions.push({ version: "v3", created: created(intBetween(r, 220, 400)) });
  const published = r() < 0.3;
  const last = new Date(Date.parse(versions[versions.length - 1]!.created));

  return {
    id,
    submitter: `${authors[0]![1]} ${authors[0]![0]}`,
    authors: authors
      .map(([l, f]) => `${f} ${l}`)
      .join(", ")
      .replace(/, ([^,]*)$/, " and $1"),
    title: title(r, field, name),
    comments: r() < 0.6 ? `${intBetween(r, 6, 40)} pages, ${intBetween(r, 1, 12)} figures` : null,
    "journal-ref": published ? `J. Synth. Bench. ${intBetween(r, 1, 90)} (${year}) ${intBetween(r, 1, 9999)}` : null,
    // Unique per paper: a shared DOI would (rightly) make the pipeline merge two papers.
    doi: published ? `10.5555/bench.${id}` : null,
    "report-no": null,
    categories: [...cats].join(" "),
    license: r() < 0.5 ? "http://creativecommons.org/licenses/by/4.0/" : null,
    abstract: abstract(r, field, name, year),
    versions,
    update_date: last.toISOString().slice(0, 10),
    authors_parsed: authors.map(([l, f]) => [l, f, ""]),
  };
}
