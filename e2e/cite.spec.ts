import { readFile } from "node:fs/promises";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { gotoHydrated, importText, unique } from "./support.ts";

// Issue 15.1 in a browser: cite a reading list in APA and IEEE from the Cite dialog and compare with the
// expected strings; copy, download CSL-JSON; cite one list item (its menu) and a paper (its page) in the
// remembered style; the dialog fits a phone; an outsider cannot cite the private list over REST.

const SHOTS = "test-results/cite";

async function trpc<T>(request: APIRequestContext, procedure: string, input: unknown): Promise<T> {
  const res = await request.post(`/api/trpc/${procedure}`, { data: { json: input } });
  expect(res.ok(), `${procedure}: ${await res.text()}`).toBe(true);
  return ((await res.json()) as { result: { data: { json: T } } }).result.data.json;
}

async function signUp(page: Page) {
  const id = unique();
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(`citer-${id}@example.org`);
  await page.getByLabel("Password", { exact: true }).fill("a long enough passphrase");
  await page.getByLabel("Handle").fill(`citer-${id}`);
  await page.getByLabel("Display name").fill("Cy Citer");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
}

const noHorizontalOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

test("cite a list in APA and IEEE, an item and a paper in the remembered style; the dialog fits a phone", async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const page = await context.newPage();
  await signUp(page);

  const id = unique();
  const alpha = `Cite Test Alpha ${id}`;
  const beta = `Cite Test Beta ${id}`;
  const run = await importText(
    page.request,
    `@misc{alpha${id}, title = {${alpha}}, author = {Lovelace, Ada and Babbage, Charles and Somerville, Mary}, year = {1843}}\n` +
      `@misc{beta${id}, title = {${beta}}, author = {Turing, Alan}, year = {1950}}\n`,
  );
  const paperIds = run.items.map((i) => i.paperId).filter((p): p is string => Boolean(p));
  expect(paperIds).toHaveLength(2);
  const list = await trpc<{ id: string }>(page.request, "lists.create", { title: `To cite ${id}`, visibility: "PRIVATE" });
  for (const paperId of paperIds) await trpc(page.request, "lists.addItem", { listId: list.id, paperId });

  const APA = [`Lovelace, A., Babbage, C., & Somerville, M. (1843). ${alpha}.`, `Turing, A. (1950). ${beta}.`].join("\n");
  const IEEE = [`[1] A. Lovelace, C. Babbage, and M. Somerville, “${alpha}.” 1843.`, `[2] A. Turing, “${beta}.” 1950.`].join("\n");

  // ── The whole list, from its page.
  await gotoHydrated(page, `/lists/${list.id}`);
  await page.getByTestId("cite-button").click();
  const dialog = page.getByTestId("cite-dialog");
  const preview = dialog.getByTestId("cite-preview");
  await dialog.getByTestId("cite-style").selectOption("apa");
  await expect(preview).toHaveText(APA);
  await expect(dialog.getByTestId("cite-in-text")).toHaveText("(Lovelace et al., 1843; Turing, 1950)");
  await dialog.getByRole("button", { name: "Copy text" }).click();
  await expect(dialog.getByRole("button", { name: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(APA);
  await page.screenshot({ path: `${SHOTS}/cite-apa-1280.png` });

  await dialog.getByTestId("cite-style").selectOption("ieee");
  await expect(preview).toHaveText(IEEE);
  await expect(dialog.getByTestId("cite-in-text")).toHaveText("[1], [2]");
  await dialog.getByRole("button", { name: "Copy HTML" }).click();
  await expect(dialog.getByRole("button", { name: "Copied" })).toBeVisible();
  // Its plain-text flavour is the HTML source (the rich-text flavour carries the same markup).
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('<div class="csl-left-margin">[1]</div>');
  const [download] = await Promise.all([page.waitForEvent("download"), dialog.getByRole("button", { name: "CSL-JSON" }).click()]);
  const csl = JSON.parse(await readFile((await download.path())!, "utf8")) as { title: string }[];
  expect(csl.map((c) => c.title)).toEqual([alpha, beta]);

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(preview).toHaveText(IEEE);
  await page.screenshot({ path: `${SHOTS}/cite-ieee-390.png` });
  expect(await noHorizontalOverflow(page)).toBe(true);
  expect(await dialog.evaluate((el) => el.scrollWidth <= el.clientWidth && el.getBoundingClientRect().right <= window.innerWidth)).toBe(true);
  await page.keyboard.press("Escape");
  await page.setViewportSize({ width: 1280, height: 800 });

  // ── One item, from its menu: the style chosen last (IEEE) is remembered.
  await page.getByRole("button", { name: `More actions for “${beta}”` }).click();
  await page.getByTestId("item-cite").click();
  await expect(preview).toHaveText(`[1] A. Turing, “${beta}.” 1950.`);
  await expect(dialog.getByTestId("cite-style")).toHaveValue("ieee");
  await page.keyboard.press("Escape");

  // ── A paper, from its page.
  await gotoHydrated(page, `/papers/${paperIds[0]}`);
  await page.getByTestId("cite-button").click();
  await expect(preview).toHaveText(`[1] A. Lovelace, C. Babbage, and M. Somerville, “${alpha}.” 1843.`);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/cite-paper-390.png` });
  expect(await noHorizontalOverflow(page)).toBe(true);

  // ── A style of one's own: an invalid .csl is refused with the schema validator's reason, a valid one is used.
  await page.setViewportSize({ width: 1280, height: 800 });
  const broken = `<?xml version="1.0" encoding="utf-8"?><style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text"><info><title>Broken</title><id>broken</id><updated>2024-01-01T00:00:00+00:00</updated></info><citation><layout><frobnicate variable="title"/></layout></citation></style>`;
  await dialog.getByTestId("cite-add-style").setInputFiles({ name: "broken.csl", mimeType: "application/xml", buffer: Buffer.from(broken) });
  await expect(page.getByText(/element cs:frobnicate not allowed/)).toBeVisible();
  const mine = broken
    .replaceAll("Broken", `Mine ${id}`)
    .replace("<id>broken</id>", `<id>http://example.org/styles/mine-${id}</id>`)
    .replace('<frobnicate variable="title"/>', '<text variable="title" prefix="mine: "/>')
    .replace("</citation>", '</citation><bibliography><layout><text variable="title" prefix="mine: "/></layout></bibliography>');
  await dialog.getByTestId("cite-add-style").setInputFiles({ name: "mine.csl", mimeType: "application/xml", buffer: Buffer.from(mine) });
  await expect(dialog.getByTestId("cite-style")).toHaveValue(`mine-${id}`);
  await expect(preview).toHaveText(`mine: ${alpha}`);

  // ── The private list is not citable by someone else (REST, no token).
  const outsider = await browser.newContext();
  const refused = await outsider.request.get(`/api/v1/lists/${list.id}/export?style=apa`);
  expect(refused.status()).toBe(404);
  const unknown = await outsider.request.get(`/api/v1/papers/${paperIds[1]}/export?style=nope`);
  expect(unknown.status()).toBe(400);
  expect(((await unknown.json()) as { error: { message: string } }).error.message).toContain("Available styles: apa, chicago, ieee");
  await outsider.close();
  await context.close();
});
