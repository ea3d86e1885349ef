import { expect, test } from "@playwright/test";
import { gotoHydrated, signInRequest } from "../support";

// Issue 13: "a list page with such a note answers 500" (2,500 × "> "), and "a 3 MB abstract renders a
// 14.9 MB page". Both render now, bounded.

type TrpcData<T> = { result: { data: { json: T } } };

test("a list whose note is 2,500 nested quotes renders, showing the note as text", async ({ request, page }) => {
  await signInRequest(request);
  const list = (await (
    await request.post("/api/trpc/lists.create", { data: { json: { title: "Deep note list", visibility: "PUBLIC" } } })
  ).json()) as TrpcData<{ id: string }>;
  const listId = list.result.data.json.id;
  const search = (await (await request.get("/api/v1/papers/search?q=&limit=1")).json()) as { hits: { id: string }[] };
  const note = "> ".repeat(2500) + "deep note";
  const added = await request.post("/api/trpc/lists.addItem", { data: { json: { listId, paperId: search.hits[0]!.id, note } } });
  expect(added.ok(), await added.text()).toBe(true);
  const response = await page.goto(`/lists/${listId}`);
  expect(response!.status()).toBe(200);
  await gotoHydrated(page, `/lists/${listId}`);
  await expect(page.getByText("deep note", { exact: false }).first()).toBeVisible();
});
