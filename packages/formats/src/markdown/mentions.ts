import type { TokenizerAndRendererExtension, TokenizerThis, Tokens } from "marked";

// @mentions: "@" + a handle (the sign-up rule: 3–30 of a-z, 0-9 and "-"; matched case-insensitively,
// never ending in "-"), not preceded by a word character — so "ada@example.com" is no mention.
const MENTION = /^@([A-Za-z0-9][A-Za-z0-9-]{1,28}[A-Za-z0-9])(?![A-Za-z0-9-]*[A-Za-z0-9])/;
const WORD_BEFORE = /[\p{L}\p{N}_.+-]$/u;

export interface MentionToken extends Tokens.Generic {
  type: "mention";
  raw: string;
  handle: string;
}

/** How far ahead a start hook looks; past it, it answers that point (a harmless cut of the text token). */
export const START_WINDOW = 1024;

/**
 * Where a mention may start in `src` (an "@" after a non-word character), for marked's text splitter.
 * marked asks this at every cut of a text, so it looks only START_WINDOW characters ahead: a full scan
 * each time made a long text without "@" but with many cuts (100k "$") quadratic.
 */
function mentionStart(src: string): number | undefined {
  const head = src.length > START_WINDOW ? src.slice(0, START_WINDOW) : src;
  for (let i = head.indexOf("@"); i !== -1; i = head.indexOf("@", i + 1)) {
    if (i === 0 || !WORD_BEFORE.test(head.slice(Math.max(0, i - 2), i))) return i;
  }
  return src.length > START_WINDOW ? START_WINDOW : undefined;
}

export const mentionExtension: TokenizerAndRendererExtension = {
  name: "mention",
  level: "inline",
  start: mentionStart,
  tokenizer(this: TokenizerThis, src: string, tokens: Tokens.Generic[]): MentionToken | undefined {
    if (this.lexer.state.inLink) return undefined; // no link inside a link's text
    const m = MENTION.exec(src);
    if (!m) return undefined;
    // The tokenizer cannot see the character before `src`; the previous token can.
    const prev = tokens[tokens.length - 1];
    if (prev && typeof prev.raw === "string" && WORD_BEFORE.test(prev.raw)) return undefined;
    return { type: "mention", raw: m[0], handle: (m[1] as string).toLowerCase() };
  },
  renderer(token: Tokens.Generic): string {
    // Both parts match the handle pattern (letters, digits, "-"): nothing to escape.
    const { handle, raw } = token as MentionToken;
    return `<a href="/u/${handle}" class="mention">${raw}</a>`;
  },
};
