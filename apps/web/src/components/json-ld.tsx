import { jsonLdText } from "@/lib/json-ld-text";

/** A JSON-LD block (schema.org data for search engines), safely escaped. */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />;
}
