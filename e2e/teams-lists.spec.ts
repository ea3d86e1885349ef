import { readFile } from "node:fs/promises";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { parseBibtex } from "@commonplace/formats";
import { downloadFromMenu } from "./support.ts";

// Two people, two browser contexts: A runs a team, B joins it by link, they share a list; then B is
// made a VIEWER and can no longer edit — neither through the UI nor by calling the API directly.

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

type Person = { email: string; password: string; handle: string; name: string };
const person = (label: string, name: string): Person => {
  const id = unique();
  return { email: `${label}-${id}@example.org`, password: "a long enough passphrase", handle: `${label}-${id}`, name };
};

async function fillSignUp(page: Page, who: Person) {
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password", { exact: true }).fill(who.password);
  await page.getByLabel("Handle").fill(who.handle);
  await page.getByLabel("Display name").fill(who.name);
  await page.getByRole("button", { name: "Create account" }).click();
}

async function newPage(browser: Browser) {
  const context = await browser.newContext({ acceptDownloads: true });
  return context.newPage();
}

test("a team shares a reading list: invite by link, join, add with a note, viewer is read-only, BibTeX export", async ({ browser }) => {
  test.setTimeout(180_000);
  const a = await newPage(browser);
  const b = await newPage(browser);
  const ada = person("owner", "Ada Owner");
  const bob = person("joiner", "Bob Joiner");
  const teamName = `Reading Circle ${unique()}`;

  // ── A signs up and creates a team; the slug is derived from the name.
  await a.goto("/sign-up");
  await fillSignUp(a, ada);
  await expect(a).toHaveURL(/\/dashboard/);
  await a.goto("/teams");
  await a.getByRole("button", { name: "New team" }).first().click();
  await a.getByLabel("Team name").fill(teamName);
  const slug = await a.getByLabel("Address").inputValue();
  expect(slug).toMatch(/^reading-circle-/);
  await a.getByRole("button", { name: "Create team" }).click();
  await expect(a).toHaveURL(new RegExp(`/teams/${slug}$`));
  await expect(a.getByTestId("team-name")).toHaveText(teamName);

  // ── A creates an invitation link (shown once).
  await a.getByRole("tab", { name: "Invitations" }).click();
  await a.getByRole("button", { name: "Create invitation link" }).click();
  const inviteUrl = await a.getByTestId("invite-url").inputValue();
  expect(inviteUrl).toMatch(/\/invite\/[\w-]+/);
  const invitePath = new URL(inviteUrl).pathname;

  // ── B, signed out, opens the link, signs up, comes back and joins.
  await b.goto(invitePath);
  await expect(b.getByTestId("invite-team-name")).toHaveText(teamName);
  await b.getByRole("link", { name: "Create an account to join" }).click();
  await expect(b).toHaveURL(/\/sign-up\?callbackUrl=/);
  await fillSignUp(b, bob);
  await expect(b).toHaveURL(new RegExp(invitePath));
  await b.getByRole("button", { name: `Join ${teamName}` }).click();
  await expect(b).toHaveURL(new RegExp(`/teams/${slug}`));
  await expect(b.getByTestId("my-role")).toContainText("member");

  // ── A creates a team list.
  await a.goto(`/teams/${slug}`);
  await expect(a.getByRole("tab", { name: /Members/ })).toContainText("2");
  const listTitle = `Week 1 ${unique()}`;
  await a.getByRole("button", { name: "New team list" }).first().click();
  await a.getByLabel("Title").fill(listTitle);
  await a.getByRole("button", { name: "Create list" }).click();
  await expect(a).toHaveURL(/\/lists\/[\w-]+$/);
  const listPath = new URL(a.url()).pathname;
  await expect(a.getByTestId("list-title")).toHaveText(listTitle);

  // ── B finds a paper, adds it to the team list from the paper page, then writes a note on the list page.
  await b.goto("/search?q=attention");
  const firstResult = b.getByTestId("search-result").first().getByRole("link");
  const paperTitle = (await firstResult.innerText()).trim();
  await firstResult.click();
  await expect(b).toHaveURL(/\/papers\//);
  await b.getByTestId("add-to-list").click();
  await b.getByTestId("add-to-this-list").filter({ hasText: listTitle }).click();
  await expect(b.getByTestId("saved-in-list").filter({ hasText: listTitle })).toBeVisible();
  await expect(b.getByTestId("add-to-list")).toHaveText(/In 1 list/);
  await b.keyboard.press("Escape");
  await b.goto(listPath);
  const bItem = b.getByTestId("list-item").filter({ hasText: paperTitle });
  await expect(bItem).toBeVisible();
  const note = `Read section 3 first — ${unique()}`;
  await bItem.getByRole("button", { name: "Add a note" }).click();
  await bItem.getByRole("textbox", { name: /Note on/ }).fill(note);
  await bItem.getByRole("button", { name: "Save note" }).click();
  await expect(bItem.getByText(note)).toBeVisible();

  // ── A sees B's paper and note.
  await a.goto(listPath);
  const aItem = a.getByTestId("list-item").filter({ hasText: paperTitle });
  await expect(aItem).toBeVisible();
  await expect(aItem.getByText(note)).toBeVisible();
  await expect(aItem).toContainText(`Added by ${bob.name}`);

  // ── A makes B a VIEWER; B's controls disappear and a direct edit is refused by the server.
  await a.goto(`/teams/${slug}?tab=members`);
  await a.getByRole("combobox", { name: `Role of ${bob.name}` }).selectOption("VIEWER");
  await expect(a.getByText("Role changed")).toBeVisible();

  await b.goto(listPath);
  const viewerItem = b.getByTestId("list-item").filter({ hasText: paperTitle });
  await expect(viewerItem).toBeVisible();
  await expect(b.getByTestId("viewer-notice")).toBeVisible();
  await expect(viewerItem.getByRole("combobox", { name: /Reading status/ })).toHaveCount(0);
  await expect(viewerItem.getByRole("button", { name: /More actions/ })).toHaveCount(0);
  await expect(viewerItem.getByRole("button", { name: /Reorder/ })).toHaveCount(0);
  await expect(viewerItem.getByRole("button", { name: /Edit/ })).toHaveCount(0);
  await expect(b.getByRole("button", { name: "Import" })).toHaveCount(0);

  const listId = listPath.split("/").pop()!;
  const itemId = (await viewerItem.getAttribute("data-item-id"))!;
  const attempt = await b.request.post("/api/trpc/lists.updateItem", {
    data: { json: { listId, itemId, expectedVersion: 1, note: "a viewer should not be able to write this" } },
  });
  expect(attempt.status()).toBe(403);
  const removeAttempt = await b.request.post("/api/trpc/lists.removeItem", { data: { json: { listId, itemId } } });
  expect(removeAttempt.status()).toBe(403);
  await a.goto(listPath);
  await expect(a.getByTestId("list-item").filter({ hasText: paperTitle }).getByText(note)).toBeVisible();

  // ── A exports BibTeX; the downloaded file parses back into the list's papers.
  const titles = await a.getByTestId("list-item-title").allInnerTexts();
  expect(titles.length).toBeGreaterThan(0);
  const download = await downloadFromMenu(a, a.getByRole("button", { name: "Export" }), /BibTeX/);
  expect(download.suggestedFilename()).toMatch(/\.bib$/);
  const bib = await readFile((await download.path())!, "utf8");
  const parsed = parseBibtex(bib);
  const norm = (s: string) => s.replace(/[{}]/g, "").replace(/\s+/g, " ").trim().toLowerCase();
  expect(parsed.every((o) => o.ok)).toBe(true);
  expect(parsed.map((o) => (o.ok ? norm(o.paper.title) : "")).sort()).toEqual(titles.map(norm).sort());

  await a.context().close();
  await b.context().close();
});
