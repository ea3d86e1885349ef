/**
 * A JSON-LD block. `<` is escaped so no value (a bio, a name) can close the script element early;
 * JSON parsers read \u003c back as "<".
 */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  const json = JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
