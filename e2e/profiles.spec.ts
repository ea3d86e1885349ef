import { expect, test, type APIRequestContext } from "@playwright/test";
import { signInRequest, unique } from "./support.ts";

// A visitor (not signed in) opens the demo user's public profile: the PUBLIC list is there, the PRIVATE
// one is not, and the page carries the metadata search engines and link previews read.

async function createList(request: APIRequestContext, title: string, visibility: "PUBLIC" | "PRIVATE") {
  const res = await request.post("/api/trpc/lists.create", { data: { json: { title, visibility } } });
  expect(res.ok(), await res.text()).toBe(true);
}

test("a visitor sees a person's public lists, never their private ones, with JSON-LD and OpenGraph", async ({ page, playwright, baseURL }) => {
  const ada = await playwright.request.newContext({ baseURL });
  await signInRequest(ada);
  const id = unique();
  await createList(ada, `Open shelf ${id}`, "PUBLIC");
  await createList(ada, `Hidden drawer ${id}`, "PRIVATE");
  await ada.dispose();

  const response = await page.goto("/u/ada");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Ada Lovelace" })).toBeVisible();
  const lists = page.getByTestId("profile-lists");
  await expect(lists.getByRole("link", { name: `Open shelf ${id}` })).toBeVisible();
  await expect(page.getByText(`Hidden drawer ${id}`)).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Sign in to follow" })).toBeVisible();

  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? "{}") as {
    mainEntity?: { "@type"?: string; name?: string };
  };
  expect(ld.mainEntity).toMatchObject({ "@type": "Person", name: "Ada Lovelace" });
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /Ada Lovelace/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary");

  expect((await page.goto(`/u/nobody-${id}`))?.status()).toBe(404);
});
