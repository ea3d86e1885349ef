import { expect, test } from "@playwright/test";
import { gotoHydrated, signInWithForm, waitForDigest } from "./support.ts";

// Discovery: a visitor finds a trending paper on the home page and its page carries schema.org data and the
// abstract in the server HTML; a member upvotes it and takes the vote back.

test("a visitor opens a trending paper: JSON-LD ScholarlyArticle, abstract in the HTML, sign-in prompt to upvote", async ({ page, request }) => {
  await waitForDigest(request);
  await gotoHydrated(page, "/");
  const trending = page.getByTestId("home-trending");
  // Other specs' papers (voted on a moment ago, some without an abstract) may rank first: open one with a summary.
  const withSummary = trending.getByTestId("paper-card").filter({ has: page.getByTestId("card-summary") });
  await expect(withSummary.first()).toBeVisible();
  const first = withSummary.first().getByRole("link").first();
  const title = (await first.textContent())!.trim();
  await first.click();
  await expect(page).toHaveURL(/\/papers\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!) as Record<string, unknown>;
  expect(jsonLd["@type"]).toBe("ScholarlyArticle");
  expect(jsonLd.name).toBe(title);
  expect(jsonLd.url).toBe(await page.locator('link[rel="canonical"]').getAttribute("href"));

  // The server's HTML already holds the abstract (not only after the reader loads).
  const html = await (await request.get(page.url())).text();
  const abstract = String(jsonLd.abstract ?? "");
  expect(abstract.length).toBeGreaterThan(40);
  expect(html).toContain(
    abstract.slice(0, 40).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/'/g, "&#x27;").replace(/"/g, "&quot;"),
  );

  await page.getByTestId("upvote-button").click();
  await expect(page.getByRole("dialog", { name: "Sign in to upvote" })).toBeVisible();
});

test("a member upvotes a paper and undoes it; the count follows", async ({ page, request }) => {
  await waitForDigest(request);
  await gotoHydrated(page, "/newest");
  const href = (await page.getByTestId("paper-card").first().getByRole("link").first().getAttribute("href"))!;
  await signInWithForm(page, href);
  await expect(page.locator("html[data-hydrated=true]")).toBeAttached();

  const button = page.getByTestId("upvote-button");
  const count = page.getByTestId("upvote-count");
  const before = Number(await count.textContent());
  const saved = page.waitForResponse((r) => r.url().includes("upvotes.set") && r.ok());
  await button.click();
  await expect(button).toHaveAttribute("aria-pressed", "true");
  await expect(count).toHaveText(String(before + 1));
  await saved;
  await page.reload();
  await expect(page.getByTestId("upvote-count")).toHaveText(String(before + 1));
  await expect(page.getByTestId("upvote-button")).toHaveAttribute("aria-pressed", "true");

  await expect(page.locator("html[data-hydrated=true]")).toBeAttached();
  const undone = page.waitForResponse((r) => r.url().includes("upvotes.set") && r.ok());
  await page.getByTestId("upvote-button").click();
  await expect(page.getByTestId("upvote-button")).toHaveAttribute("aria-pressed", "false");
  await expect(page.getByTestId("upvote-count")).toHaveText(String(before));
  await undone;
  await page.reload();
  await expect(page.getByTestId("upvote-count")).toHaveText(String(before));
});
