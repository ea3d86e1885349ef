import { expect, test } from "@playwright/test";
import { DESKTOP, PHONE, importLongPaper, overflow } from "./phone-fixtures";
import { gotoHydrated, signInRequest, waitForDigest } from "./support";

// Issue 16.6: a paper page lists similar papers from the library (found from its title and abstract), as cards that
// link to those other papers — never to itself — and the section fits a phone with a long title and twelve authors.

test("a paper page shows related papers that link to other papers", async ({ page, request }) => {
  await waitForDigest(request);
  const found = await request.get("/api/v1/papers/search?q=attention%20transformer%20language%20model&limit=1");
  const paperId = ((await found.json()) as { hits: { id: string }[] }).hits[0]!.id;
  await gotoHydrated(page, `/papers/${paperId}`);

  const section = page.getByTestId("related-papers");
  await expect(section.getByRole("heading", { name: "Related papers" })).toBeVisible();
  const cards = section.getByTestId("paper-card");
  await expect(cards.first()).toBeVisible();
  const hrefs = await cards.evaluateAll((els) => els.map((el) => el.querySelector("h3 a")?.getAttribute("href") ?? ""));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) {
    expect(href).toMatch(/^\/papers\/[^/]+$/);
    expect(href).not.toBe(`/papers/${paperId}`);
  }

  const first = cards.first().locator("h3 a");
  const title = (await first.textContent())!.trim();
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${hrefs[0]}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
});

test("the related section fits 390 px and 1280 px with a long title and many authors", async ({ browser }, testInfo) => {
  test.setTimeout(180_000);
  const setup = await browser.newContext();
  await waitForDigest(setup.request);
  await signInRequest(setup.request);
  const paper = await importLongPaper(setup.request);
  await setup.close();

  for (const [name, viewport] of [
    ["phone", PHONE],
    ["desktop", DESKTOP],
  ] as const) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await gotoHydrated(page, `/papers/${paper.id}`);
    const section = page.getByTestId("related-papers");
    await section.scrollIntoViewIfNeeded();
    await expect(section.getByTestId("paper-card").first()).toBeVisible();
    const hrefs = await section.getByTestId("paper-card").evaluateAll((els) => els.map((el) => el.querySelector("h3 a")?.getAttribute("href")));
    expect(hrefs).not.toContain(`/papers/${paper.id}`);
    const { scrollWidth, offenders } = await overflow(page);
    expect(offenders, `${name}: nothing wider than the viewport`).toEqual([]);
    expect(scrollWidth).toBeLessThanOrEqual(viewport.width + 1);
    await testInfo.attach(`related-papers-${name}`, { body: await section.screenshot(), contentType: "image/png" });
    await context.close();
  }
});
