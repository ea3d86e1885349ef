import { expect, test } from "@playwright/test";
import Parser from "rss-parser";
import { createList, firstPaper } from "./public-fixtures";
import { signInRequest, unique, waitForDigest } from "./support";

// A visitor (never signed in) finds a public list's feed on its page — autodiscovery <link> and the visible
// "Subscribe" menu — and fetches it from the running app; a private list's feed is a 404.

test("a visitor subscribes to a public list's feed; a private list has none", async ({ browser, request }) => {
  await waitForDigest(request);
  await signInRequest(request);
  const paper = await firstPaper(request);
  const title = `Diffusion reading <group> ${unique()}`;
  const publicId = await createList(request, { paperId: paper.id, title, note: "**Start here** <script>alert(1)</script>", visibility: "PUBLIC" });
  const privateId = await createList(request, { paperId: paper.id, title: `Private ${unique()}`, note: "secret", visibility: "PRIVATE" });

  const visitor = await browser.newContext();
  const page = await visitor.newPage();
  await page.goto(`/lists/${publicId}`);
  await expect(page.getByTestId("list-title")).toHaveText(title);
  const discovered = page.locator('link[rel="alternate"][type="application/rss+xml"]');
  await expect(discovered).toHaveAttribute("href", new RegExp(`/lists/${publicId}/feed\\.rss$`));
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", new RegExp(`/lists/${publicId}/feed\\.atom$`));

  await page.getByRole("button", { name: "Subscribe" }).click();
  const rssLink = page.getByRole("menuitem", { name: /RSS 2\.0 feed/ });
  await expect(rssLink).toBeVisible();
  const href = (await rssLink.getAttribute("href"))!;

  for (const path of [href, href.replace(/\.rss$/, ".atom")]) {
    const res = await page.request.get(path);
    expect(res.status(), path).toBe(200);
    expect(res.headers()["content-type"]).toMatch(path.endsWith(".rss") ? /application\/rss\+xml/ : /application\/atom\+xml/);
    const feed = await new Parser().parseString(await res.text());
    expect(feed.title).toBe(title);
    expect(feed.items.map((i) => new URL(i.link!).pathname)).toEqual([`/papers/${paper.id}`]);
    expect(String(feed.items[0]!.content ?? feed.items[0]!["content:encoded"])).toContain("<strong>Start here</strong>");
  }

  expect((await page.request.get(`/lists/${privateId}/feed.rss`)).status()).toBe(404);
  await visitor.close();
});

test("the home page advertises the trending feed, and it parses", async ({ page }) => {
  await page.goto("/");
  const link = page.locator('link[rel="alternate"][type="application/rss+xml"]');
  await expect(link).toHaveAttribute("href", /\/feeds\/trending\.rss$/);
  const res = await page.request.get(new URL((await link.getAttribute("href"))!).pathname);
  expect(res.status()).toBe(200);
  const feed = await new Parser().parseString(await res.text());
  expect(feed.title).toBe("Trending papers on Commonplace");
  expect(feed.items.length).toBeGreaterThan(0);
  expect(new URL(feed.items[0]!.link!).pathname).toMatch(/^\/papers\//);
});
