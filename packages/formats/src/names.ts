// Display name → CSL name for the exporters. BibTeX wants "Family, Given"; a whole name in braces
// would be read as a corporate author by every reference manager, so only organisations get one.

export interface CslName {
  given?: string;
  family?: string;
  suffix?: string;
  literal?: string;
}

const PARTICLES = new Set(["van", "von", "de", "der", "den", "da", "di", "del", "della", "du", "dos", "das", "le", "la", "ter", "ten", "zu"]);
const SUFFIX = /^(jr\.?|sr\.?|ii|iii|iv)$/i;

// Words that make a name an organisation ("Gemini Team", "ATLAS Collaboration"), written as one literal name.
const CORPORATE =
  /\b(Team|Consortium|Collaboration|Group|Project|Initiative|Institute|University|Laboratory|Laboratories|Labs?|Inc|Ltd|LLC|GmbH|Corporation|Corp|Committee|Association|Society|Foundation|Organi[sz]ation|Council|Agency|Network|Workshop|Community|Authors|Contributors|Alliance|Cent(er|re)|Department)\b\.?$|\b(Team|Consortium|Collaboration|Committee|Workshop|Initiative)\b/;

export function toCslName(display: string): CslName {
  const name = display.trim().replace(/\s+/g, " ");
  if (CORPORATE.test(name)) return { literal: name };
  if (name.includes(",")) {
    const [family = "", given = ""] = name.split(",", 2).map((p) => p.trim());
    return given ? { family, given } : { literal: family };
  }
  const words = name.split(" ");
  let suffix: string | undefined;
  if (words.length > 2 && SUFFIX.test(words[words.length - 1] ?? "")) suffix = words.pop();
  if (words.length < 2) return { literal: name };
  // The family name starts at the first lower-case particle, else it is the last word.
  let i = words.findIndex((w, idx) => idx > 0 && PARTICLES.has(w));
  if (i === -1) i = words.length - 1;
  // Particles stay inside the family name: citation-js's RIS output drops a separate particle.
  const out: CslName = { given: words.slice(0, i).join(" "), family: words.slice(i).join(" ") };
  if (suffix) out.suffix = suffix;
  return out;
}
