// Seeded document generators shared by the anchoring tests and bench/anchoring.ts (issue 16.8): the same
// seeds give the same documents everywhere, so a failure reproduces and the bench measures what the tests
// assert. Not part of the package's API (index.ts does not export it).
import { rng } from "./test-helpers.ts";

const PHRASES = ["the proposed method", "in this work", "our model", "as shown in Table 2", "attention layers", "we observe that"];
const SYLLABLES = "ka lo mi ne ru sa to vi de ga po li fe zu ra mo ne ti ba ce".split(" ");

function generator(seed: number) {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)] as T;
  const word = () => Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(SYLLABLES)).join("");
  const words = (n: number) => Array.from({ length: n }, word).join(" ");
  return { r, pick, words };
}

export interface ShortQuoteCase {
  old: string;
  /** Sentences of the old text; `host` is the one holding the annotated occurrence. */
  sentences: string[];
  host: number;
  phrase: string;
  start: number;
  end: number;
}

/** A document of sentences, the phrase planted mid-sentence in 2–5 of them, one occurrence annotated. */
export function makeShortQuoteCase(seed: number): ShortQuoteCase {
  const { r, pick, words } = generator(seed);
  const phrase = pick(PHRASES);
  const sentences = Array.from({ length: 30 + Math.floor(r() * 20) }, () => `${words(4 + Math.floor(r() * 10))}.`);
  const hosts = new Set<number>();
  const copies = 2 + Math.floor(r() * 4);
  while (hosts.size < copies) hosts.add(1 + Math.floor(r() * (sentences.length - 2)));
  for (const i of hosts) sentences[i] = `${words(2 + Math.floor(r() * 5))} ${phrase} ${words(2 + Math.floor(r() * 5))}.`;
  const host = pick([...hosts]);
  const seps = sentences.map(() => (r() < 0.15 ? "\n\n" : " "));
  const old = sentences.map((s, i) => s + (i < sentences.length - 1 ? seps[i] : "")).join("");
  const offset = sentences.slice(0, host).reduce((n, s, i) => n + s.length + seps[i]!.length, 0);
  const start = offset + sentences[host]!.indexOf(phrase);
  return { old, sentences, host, phrase, start, end: start + phrase.length };
}

/** The old text with sentence `i` removed (and the space or break after it). */
export function withoutSentence(c: ShortQuoteCase, i: number): string {
  const at = c.old.indexOf(c.sentences[i]!);
  const after = c.old.slice(at + c.sentences[i]!.length).match(/^\s*/)![0].length;
  return c.old.slice(0, at) + c.old.slice(at + c.sentences[i]!.length + after);
}

export const HEADERS = ["Sturdier Anchoring for Collaborative Reading", "A. Lovelace, C. Babbage and G. Hopper"];

export function lines(seed: number, count: number): string[] {
  const r = rng(seed);
  const word = () => Array.from({ length: 1 + Math.floor(r() * 3) }, () => SYLLABLES[Math.floor(r() * SYLLABLES.length)]).join("");
  return Array.from({ length: count }, () => {
    let line = word();
    while (line.length < 55 + r() * 20) line += ` ${word()}`;
    return line;
  });
}

/** The lines laid out `perPage` to a page: a running header on top (alternating), the page number below. */
export function paginate(body: string[], perPage: number, header = (page: number) => `${HEADERS[page % 2]} ${page}`): { text: string; at: number[] } {
  const out: string[] = [];
  const at: number[] = [];
  let offset = 0;
  const push = (line: string) => {
    out.push(line);
    offset += line.length + 1;
  };
  body.forEach((line, i) => {
    const page = Math.floor(i / perPage) + 1;
    if (i % perPage === 0) push(header(page));
    at.push(offset);
    push(line);
    if (i % perPage === perPage - 1 || i === body.length - 1) push(String(page));
  });
  return { text: out.join("\n"), at };
}

export interface PageBreakCase {
  old: string;
  next: string;
  start: number;
  end: number;
  expected: { start: number; end: number };
}

/** A quote over 2–3 lines, from the middle of the first: in `next` a page break falls inside it. */
export function makePageBreakCase(seed: number, reverse = false): PageBreakCase {
  const r = rng(seed * 7919);
  const body = lines(seed, 400);
  const a = paginate(body, 40);
  // Page breaks of the other layout every 37 lines: pick a quote that straddles one of them.
  const breakAfter = 37 * (1 + Math.floor(r() * 2)) - 1;
  const first = breakAfter - Math.floor(r() * 2);
  const last = breakAfter + 1 + (first === breakAfter ? Math.floor(r() * 2) : 0);
  const b = paginate(body, 37);
  const [from, to] = reverse ? [b, a] : [a, b];
  const cut = 5 + Math.floor(r() * 30);
  const tail = 10 + Math.floor(r() * 30);
  const start = from.at[first]! + cut;
  const end = from.at[last]! + Math.min(tail, body[last]!.length);
  return { old: from.text, next: to.text, start, end, expected: { start: to.at[first]! + cut, end: to.at[last]! + Math.min(tail, body[last]!.length) } };
}
