import * as core from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";

// zxcvbn-ts (the maintained TypeScript zxcvbn) judges how guessable a password is from common passwords,
// keyboard walks, repeats, sequences and dates, not from its length. Loaded once, on first use.
// The packages ship CommonJS for Node and ESM for bundlers; the namespace import works under both.

type Core = typeof core;
type Common = typeof common;
const pick = <T extends object>(ns: T): T =>
  (ns as { default?: T }).default && !("dictionary" in ns) && !("ZxcvbnFactory" in ns) ? (ns as { default: T }).default : ns;

/** Scores run 0–4; 3 is "safely unguessable" against an online attacker and slows an offline one. */
export const MIN_PASSWORD_SCORE = 3;

let checker: InstanceType<Core["ZxcvbnFactory"]> | undefined;
function zxcvbn() {
  if (!checker) {
    const { ZxcvbnFactory } = pick(core);
    const lang = pick(common) as Common;
    checker = new ZxcvbnFactory({ dictionary: { ...lang.dictionary }, graphs: lang.adjacencyGraphs });
  }
  return checker;
}

const WARNINGS: Record<string, string> = {
  common: "This is a commonly used password.",
  topTen: "This is one of the most used passwords.",
  topHundred: "This is a very commonly used password.",
  simpleRepeat: "Repeated characters like “aaa” are easy to guess.",
  extendedRepeat: "Repeated patterns are easy to guess.",
  sequences: "Sequences like “abc” or “123” are easy to guess.",
  keyPattern: "Keyboard patterns are easy to guess.",
  straightRow: "A row of keys is easy to guess.",
  recentYears: "Recent years are easy to guess.",
  dates: "Dates are easy to guess.",
  similarToCommon: "This is similar to a commonly used password.",
  userInputs: "Do not use your name, handle or email.",
};

/** null when strong enough, else a message for the form. `related`: the person's email, handle, name. */
export function passwordWeakness(password: string, related: string[] = []): string | null {
  if (!password.trim()) return "A password cannot be only spaces.";
  const result = zxcvbn().check(password.slice(0, 100), related.filter(Boolean));
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const warning = result.feedback.warning ? WARNINGS[result.feedback.warning] : undefined;
  return `${warning ?? "This password is too easy to guess."} Try a few unrelated words.`;
}
