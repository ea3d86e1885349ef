/*
 * Bare URLs in plain text (abstracts, extracted full text), as [start, end) ranges with a safe href.
 * Only http(s) and "www." addresses become links: nothing else in scholarly text needs one, and a scheme
 * allowlist keeps javascript:/data: out whatever the text holds. Trailing sentence punctuation and an
 * unbalanced closing bracket are left outside the link ("see https://x.org/a_(b)." links …/a_(b)).
 */
export type FoundUrl = { start: number; end: number; href: string };

const CANDIDATE = /\b(?:https?:\/\/|www\.)[^\s<>"'`\u00a0]+/gi;
const TRAILING = /[.,;:!?*'"’”»]+$/;

function trimEnd(url: string): string {
  let out = url;
  for (;;) {
    const before = out;
    out = out.replace(TRAILING, "");
    for (const [open, close] of [
      ["(", ")"],
      ["[", "]"],
      ["{", "}"],
    ] as const) {
      if (out.endsWith(close) && out.split(close).length > out.split(open).length) out = out.slice(0, -1);
    }
    if (out === before) return out;
  }
}

export function safeHref(raw: string): string | null {
  const href = /^www\./i.test(raw) ? `https://${raw}` : raw;
  try {
    const url = new URL(href);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

export function findUrls(text: string, from = 0, to = text.length): FoundUrl[] {
  const out: FoundUrl[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(CANDIDATE)) {
    const url = trimEnd(m[0]);
    // "https://" alone, or a dangling "www." at the end of a sentence, is not a link.
    if (url.length < 8 || !/[a-z0-9]\.[a-z]{2,}/i.test(url)) continue;
    const href = safeHref(url);
    if (href) out.push({ start: from + m.index, end: from + m.index + url.length, href });
  }
  return out;
}
