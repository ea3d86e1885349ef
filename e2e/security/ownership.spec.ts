import { expect, test } from "@playwright/test";
import { makePdf } from "../../packages/formats/test/helpers/make-pdf";
import { gotoHydrated, signInWithForm, unique, waitForSearch } from "../support";

// Issue 13.2 and 13.8 in a browser: the import page says who will see an uploaded PDF (only the uploader
// unless they choose), a private PDF is neither served nor searchable for anyone else, and making a list
// public is asked first, saying what becomes visible.

test("an uploaded PDF is private by default, and the import page says so", async ({ page, playwright, baseURL }) => {
  const word = `zq${unique().replace(/[^a-z]/g, "")}private`;
  const title = `Private Marginalia ${unique().replace(/[^a-z]/g, "")} Study`;
  await signInWithForm(page, "/import");
  await expect(page.getByTestId("pdf-visibility-help")).toContainText("nobody else can open, search or quote them");
  await expect(page.getByRole("radio", { name: "Only me" })).toBeChecked();

  const pdf = makePdf({
    pages: [
      [
        { text: title, size: 18, y: 700 },
        { text: "Abstract", size: 12, y: 640 },
        { text: `Unpublished notes that mention ${word} once.`, size: 10, y: 620 },
      ],
    ],
  });
  await page.getByLabel("Choose files to import").setInputFiles({ name: "private.pdf", mimeType: "application/pdf", buffer: Buffer.from(pdf) });
  await page.getByRole("button", { name: "Import file" }).click();
  const panel = page.getByTestId("run-panel");
  await expect(panel).toHaveAttribute("data-status", "DONE", { timeout: 60_000 });
  await panel.getByTestId("outcome-table").getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const paperId = page.url().split("/papers/")[1]!.split(/[?#]/)[0]!;

  // The uploader opens it; the page says only they can see it.
  await expect(page.getByTestId("own-pdf")).toContainText("only you can see it");
  expect((await page.request.get(`/api/papers/${paperId}/pdf`)).status()).toBe(200);

  // A visitor: no PDF, and the text is not in search (the title is, once the index has caught up).
  const visitor = await playwright.request.newContext({ baseURL });
  expect((await visitor.get(`/api/papers/${paperId}/pdf`)).status()).toBe(404);
  await waitForSearch(visitor, title, 1);
  const hits = (await (await visitor.get(`/api/v1/papers/search?q=${word}&limit=5`)).json()) as { total: number };
  expect(hits.total).toBe(0);
  await visitor.dispose();
});

test("making a list public asks first and says what becomes visible; cancelling keeps it private", async ({ page }) => {
  await signInWithForm(page, "/dashboard");
  const title = `Careful shelf ${unique()}`;
  const res = await page.request.post("/api/trpc/lists.create", { data: { json: { title, visibility: "PRIVATE" } } });
  expect(res.ok()).toBe(true);
  const listId = ((await res.json()) as { result: { data: { json: { id: string } } } }).result.data.json.id;
  await gotoHydrated(page, `/lists/${listId}`);
  await page.getByRole("combobox", { name: "Visibility" }).selectOption("PUBLIC");
  const dialog = page.getByTestId("publish-confirm");
  await expect(dialog).toContainText("Anyone, signed in or not");
  await expect(dialog).toContainText("the annotations written in this list");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toHaveCount(0);
  const get = await page.request.get(`/api/trpc/lists.get?input=${encodeURIComponent(JSON.stringify({ json: { listId } }))}`);
  expect(((await get.json()) as { result: { data: { json: { visibility: string } } } }).result.data.json.visibility).toBe("PRIVATE");
});
