import { expect, type APIRequestContext } from "@playwright/test";

// Public content for visitor-facing specs (feeds, accessibility), created through the real API by a
// signed-in request context (see signInRequest in ./support).

export type Hit = { id: string; title: string };

/** The first search hit for `q` (the digest is ingested on first boot: call waitForDigest first). */
export async function firstPaper(request: APIRequestContext, q = "diffusion"): Promise<Hit> {
  const res = await request.get(`/api/v1/papers/search?q=${encodeURIComponent(q)}&limit=1`);
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { hits: Hit[] }).hits[0]!;
}

/** A new personal list holding one paper with a note; returns its id. */
export async function createList(request: APIRequestContext, input: { paperId: string; title: string; note: string; visibility: "PUBLIC" | "PRIVATE" }) {
  const res = await request.post("/api/trpc/lists.createWithPaper", { data: { json: input } });
  expect(res.ok(), await res.text()).toBe(true);
  return ((await res.json()) as { result: { data: { json: { list: { id: string } } } } }).result.data.json.list.id;
}
