import { createReadStream } from "node:fs";
import { writeFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { signInWithForm, unique, waitForSearch } from "./support";

test("a signed-in reader pastes a BibTeX entry, sees it created, opens it, and finds it by search", async ({ page, request }) => {
  const token = `zq${unique().replace(/[^a-z]/g, "")}im`;
  const title = `Marginalia as Memory: ${token} Reading Groups`;
  await signInWithForm(page, "/import");
  await expect(page.getByRole("heading", { name: /Import papers/ })).toBeVisible();

  await page.getByLabel("Identifiers or citations").fill(`@article{${token},
  title   = {${title}},
  author  = {Hypatia of Alexandria and Ibn al-Haytham},
  journal = {Journal of Shared Reading},
  year    = {2024}
}`);
  await page.getByRole("button", { name: "Import pasted text" }).click();

  await expect(page).toHaveURL(/\/import\?run=/);
  const panel = page.getByTestId("run-panel");
  await expect(panel).toHaveAttribute("data-status", "DONE", { timeout: 60_000 });
  await expect(panel.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "1");
  const row = panel.getByTestId("outcome-table").locator("tbody tr").filter({ hasText: title });
  await expect(row).toHaveAttribute("data-outcome", "CREATED");
  await expect(row).toContainText("Created");

  // The run survives a reload: its id is in the URL.
  await page.reload();
  await expect(page.getByTestId("run-panel").getByTestId("outcome-table")).toContainText(title);

  await page.getByTestId("outcome-table").getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

  await waitForSearch(request, token, 1);
  await page.goto("/search");
  await page.getByRole("searchbox", { name: "Search papers" }).fill(`marginalia ${token}`);
  await expect(page.getByTestId("search-result").first()).toContainText(title);
});

test("an arXiv id that cannot be resolved offline fails with “source unreachable”, and the run says so", async ({ page }) => {
  await signInWithForm(page, "/import");
  await page.getByLabel("Identifiers or citations").fill("arXiv:2401.99999");
  await page.getByRole("button", { name: "Import pasted text" }).click();

  const panel = page.getByTestId("run-panel");
  await expect(panel).toHaveAttribute("data-status", /DONE|FAILED/, { timeout: 90_000 });
  const row = panel.getByTestId("outcome-table").locator("tbody tr[data-outcome=FAILED]");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("2401.99999");
  await expect(row).toContainText("source unreachable");
  await expect(panel.getByTestId("run-counters")).toContainText(/Failed\s*1/);

  // The admin view lists it among runs with failures, with the reason one click away.
  await page.goto("/admin/ingest?failed=1");
  const runRow = page.getByTestId("run-row").first();
  await expect(runRow).toContainText("1 failed");
  await runRow.getByRole("button", { name: "Show details" }).click();
  await expect(runRow).toContainText("source unreachable");
});

test("pasting nothing useful and uploading an oversize file give clear errors", async ({ page }, testInfo) => {
  await signInWithForm(page, "/import");
  // An empty paste never reaches the server: the button stays disabled until there is text.
  await expect(page.getByRole("button", { name: "Import pasted text" })).toBeDisabled();

  // A file over the per-file limit (50 MB by default) is flagged before upload, and cannot be sent.
  const huge = testInfo.outputPath("huge.pdf");
  await writeFile(huge, Buffer.alloc(51 * 1024 * 1024, 0x20));
  await page.getByLabel("Choose files to import").setInputFiles(huge);
  await expect(page.getByRole("list", { name: "Files to import" })).toContainText("Too large: 51 MB; the limit is 50 MB per file.");
  await expect(page.getByRole("button", { name: "Import file" })).toBeDisabled();

  // The upload route enforces the same limit itself, with a JSON error the page can show.
  const response = await page.request.post("/api/ingest/upload", { multipart: { files: createReadStream(huge) }, failOnStatusCode: false });
  expect(response.status()).toBe(413);
  expect(((await response.json()) as { error: { message: string } }).error.message).toBe(
    "huge.pdf is 51 MB; the limit is 50 MB per file. Nothing was imported.",
  );
});

test("a file over 10 MB and under the limit is accepted whole; an upload from another site is refused", async ({ page }, testInfo) => {
  await signInWithForm(page, "/import");
  // 12 MB: more than the 10 MB a Next.js proxy would buffer (it hands the route a cut body), under the 50 MB limit.
  const token = `zq${unique().replace(/[^a-z]/g, "")}big`;
  const entry = `@article{${token}, title = {Twelve Megabytes of ${token}}, author = {Doe, Jane}, year = {2024}}\n`;
  const big = testInfo.outputPath("big.bib");
  await writeFile(big, entry + `@comment{${"x".repeat(12 * 1024 * 1024)}}\n`);
  const accepted = await page.request.post("/api/ingest/upload", { multipart: { files: createReadStream(big) }, failOnStatusCode: false });
  expect(accepted.status(), await accepted.text()).toBe(201);
  expect(((await accepted.json()) as { runId: string }).runId).toBeTruthy();

  const crossSite = await page.request.post("/api/ingest/upload", {
    multipart: { files: createReadStream(big) },
    headers: { "sec-fetch-site": "cross-site", origin: "https://evil.example" },
    failOnStatusCode: false,
  });
  expect(crossSite.status()).toBe(403);
  expect(crossSite.headers()["x-content-type-options"]).toBe("nosniff");
});
