import { z } from "zod";
import { toW3CPage } from "@commonplace/formats/annotations";

// A JSON-LD export is an AnnotationCollection with one page whose IRI is the collection's plus `page=0`
// (annotations/exchange.ts): with that parameter, an export route answers the page on its own, so
// every id in the export resolves.

export const pageParam = z.coerce.number().int().min(0).max(0).optional().describe("With format=jsonld: the collection's page (0) as an AnnotationPage");

/** The export's body, or its page when `page` was asked for. */
export function collectionOrPage(body: string, page: number | undefined): string {
  return page === undefined ? body : JSON.stringify(toW3CPage(JSON.parse(body) as Parameters<typeof toW3CPage>[0]), null, 2);
}
