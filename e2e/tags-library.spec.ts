import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { parseBibtex } from "@commonplace/formats";
import { downloadFromMenu, gotoHydrated, unique, waitForDigest } from "./support.ts";

// Issue 15.3/15.4 in a browser: a new member tags papers on their pages, finds them in /library, filters the
// library by a tag, exports that selection as BibTeX (the tags come back as keywords), and filters search by the tag.
// The library also fits a phone screen.

type Hit = { id: string; title: string };

async function signUp(page: Page) {
  const id = unique();
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(`tagger-${id}@example.org`);
  await page.getByLabel("Password", { exact: true }).fill("a long enough passphrase");
  await page.getByLabel("Handle").fill(`tagger-${id}`);
  await page.getByLabel("Display name").fill("Tess Tagger");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
}

async function tagPaper(page: Page, paper: Hit, tags: string) {
  await gotoHydrated(page, `/papers/${paper.id}`);
  const mine = page.getByTestId("my-tags");
  await mine.getByRole("button", { name: /Tag|Edit tags/ }).click();
  await mine.getByLabel("Add your tags, separated by commas").fill(tags);
  await mine.getByLabel("Add your tags, separated by commas").press("Enter");
  for (const t of tags.split(",")) await expect(mine.getByTestId("tag-chip").filter({ hasText: t.trim().toLowerCase() })).toBeVisible();
  await mine.getByRole("button", { name: "Done tagging" }).click();
}

test("tag papers, filter the library by tag, export by tag with keywords, search by tag", async ({ page, request }) => {
  test.setTimeout(240_000);
  await waitForDigest(request);
  const res = await request.get("/api/v1/papers/search?q=&limit=3&sort=newest");
  const hits = ((await res.json()) as { hits: Hit[] }).hits;
  expect(hits).toHaveLength(3);
  await page.context().setDefaultTimeout(20_000);
  await signUp(page);

  await tagPaper(page, hits[0]!, "Reading Group, Method");
  await tagPaper(page, hits[1]!, "reading group");
  await tagPaper(page, hits[2]!, "Background");

  // The library holds the three tagged papers; the tag facet narrows it to two.
  await gotoHydrated(page, "/library");
  await expect(page.getByTestId("library-entry")).toHaveCount(3);
  await page
    .getByTestId("library-facets")
    .getByRole("button", { name: /reading group\s*2/ })
    .click();
  await expect(page).toHaveURL(/\/library\?tag=reading\+group/);
  await expect(page.getByTestId("library-entry")).toHaveCount(2);
  await expect(page.getByTestId("library-count")).toHaveText("2 of 3 papers");

  // Export the filtered selection: exactly the two papers, each carrying the tag as a keyword.
  await page.getByLabel("Select this page").check();
  const bulk = page.getByTestId("library-bulk");
  await expect(bulk).toContainText("2 selected");
  const download = await downloadFromMenu(page, bulk.getByRole("button", { name: "Export" }), "BibTeX");
  expect(download.suggestedFilename()).toBe("my-library.bib");
  const entries = parseBibtex(await readFile((await download.path())!, "utf8")).flatMap((o) => (o.ok ? [o.paper] : []));
  expect(entries.map((p) => p.title).sort()).toEqual([hits[0]!.title, hits[1]!.title].sort());
  for (const p of entries) expect(p.keywords).toContain("reading group");

  // Typo-tolerant library search over what I tagged (the tag itself is searchable).
  await page.getByTestId("library-search").fill("bakground");
  await expect(page.getByTestId("library-entry")).toHaveCount(0); // still filtered to "reading group"
  await page.getByRole("button", { name: "Remove filter Tag: reading group" }).click();
  await expect(page.getByTestId("library-entry")).toHaveCount(1);
  await expect(page.getByTestId("library-entry-title")).toHaveText(hits[2]!.title);

  // Search, filtered by my tag.
  await gotoHydrated(page, "/search?tag=reading+group");
  await expect(page.getByTestId("active-filters")).toContainText("reading group");
  await expect(page.getByRole("link", { name: hits[0]!.title, exact: true }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: hits[2]!.title, exact: true })).toHaveCount(0);

  // The library on a phone: nothing wider than the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await gotoHydrated(page, "/library");
  await expect(page.getByTestId("library-entry")).toHaveCount(3);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("inside a list: a BibTeX file dropped on it is imported into it (issue 15.5)", async ({ page }) => {
  test.setTimeout(180_000);
  await signUp(page);
  await page.goto("/lists");
  const title = `Dropped ${unique()}`;
  await page.getByRole("button", { name: "New list" }).first().click();
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Create list" }).click();
  await expect(page).toHaveURL(/\/lists\/[\w-]+$/);
  await expect(page.locator("html[data-hydrated=true]")).toBeAttached();
  const paperTitle = `Dropped Citations Reach Their List ${unique()}`;
  const bib = `@article{drop1, title={${paperTitle}}, author={Lovelace, Ada}, year={2024}, keywords={dropped}}\n`;
  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], "dropped.bib", { type: "text/plain" }));
    return dt;
  }, bib);
  const target = page.getByTestId("list-title");
  await target.dispatchEvent("dragover", { dataTransfer });
  await target.dispatchEvent("drop", { dataTransfer });
  const dialog = page.getByRole("dialog", { name: "Add papers to this list" });
  await expect(dialog.getByLabel("Identifiers or citations")).toHaveValue(bib);
  await dialog.getByRole("button", { name: "Import", exact: true }).click();
  await expect(dialog.getByText("Done: 1 paper added to the list.")).toBeVisible({ timeout: 60_000 });
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("list-item-title")).toHaveText([paperTitle]);
});
