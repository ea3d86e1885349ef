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
  return (await trpc<{ list: { id: string } }>(request, "lists.createWithPaper", input)).list.id;
}

async function trpc<T>(request: APIRequestContext, procedure: string, input: unknown): Promise<T> {
  const res = await request.post(`/api/trpc/${procedure}`, { data: { json: input } });
  expect(res.ok(), `${procedure}: ${await res.text()}`).toBe(true);
  return ((await res.json()) as { result: { data: { json: T } } }).result.data.json;
}

/** A new team made public, with one PUBLIC team list holding `paperId`; returns its slug. */
export async function createPublicTeam(request: APIRequestContext, input: { slug: string; name: string; paperId: string }) {
  await trpc(request, "teams.create", { name: input.name, slug: input.slug, description: "A public reading group." });
  await trpc(request, "teams.update", { teamSlug: input.slug, isPublic: true });
  await trpc(request, "lists.createWithPaper", {
    teamSlug: input.slug,
    paperId: input.paperId,
    title: `${input.name} picks`,
    note: "Discussed on Friday.",
    visibility: "PUBLIC",
  });
  return input.slug;
}
