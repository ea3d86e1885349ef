/**
 * JSON for a <script type="application/ld+json"> element. `<` is escaped so no value (a bio, a name)
 * can close the script element early; U+2028/2029 too, for old JavaScript parsers. JSON parsers read
 * the escapes back as the same characters.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
