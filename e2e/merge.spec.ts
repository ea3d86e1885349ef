import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { DEMO, importText, signInRequest, unique, waitForDigest } from "./support";

// Issue 15.6, end to end: two duplicates of one paper, each with its own annotation; the administrator
// (ada, a site administrator in the demo data) merges one into the other from the paper's history page;
// both ids then lead to one page that shows both annotations, and search finds the paper once. Then a
// member (alan) suggests a correction on a phone, and ada accepts it from the history.

const SHOTS = "test-results/merge";

async function signedIn(browser: Browser, email: string, viewport = { width: 1280, height: 800 }): Promise<{ page: Page; request: APIRequestContext }> {
  const context = await browser.newContext({ viewport });
  const { csrfToken } = (await (await context.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await context.request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password: DEMO.password, json: "true" } });
  expect(res.ok()).toBe(true);
  return { page: await context.newPage(), request: context.request };
}

async function trpc(request: APIRequestContext, path: string, input: unknown) {
  const res = await request.post(`/api/trpc/${path}`, { data: { json: input } });
  expect(res.ok(), await res.text()).toBe(true);
  return ((await res.json()) as { result: { data: { json: unknown } } }).result.data.json;
}

async function searchIds(request: APIRequestContext, q: string): Promise<string[]> {
  const res = await request.get(`/api/v1/papers/search?q=${encodeURIComponent(q)}&limit=10`);
  return res.ok() ? ((await res.json()) as { hits: { id: string }[] }).hits.map((h) => h.id).sort() : [];
}

test("an administrator merges two duplicates: both ids lead to one page with all annotations", async ({ browser, request }) => {
  await waitForDigest(request);
  const { page, request: ada } = await signedIn(browser, DEMO.email);
  const token = `mergeprobe${unique()}`;
  const abstract = `We study sparse attention for long documents (${token}).`;
  const run = await importText(
    ada,
    [
      `@article{kept, title={Sparse Attention for Long Documents ${token}}, author={Lovelace, Ada and Turing, Alan}, journal={Journal of Probes}, year={2021}, abstract={${abstract}}}`,
      `@article{dup, title={Long-Document Sparse Attention, a preprint ${token}}, author={Lovelace, Ada}, year={2020}, doi={10.5555/${token}}, abstract={${abstract}}}`,
    ].join("\n\n"),
  );
  const [keptId, dupId] = run.items.map((i) => i.paperId!);
  expect(keptId && dupId && keptId !== dupId, JSON.stringify(run)).toBeTruthy();
  await expect.poll(() => searchIds(request, token), { timeout: 30_000 }).toEqual([keptId, dupId].sort());

  const note = (paperId: string, body: string) =>
    trpc(ada, "annotations.create", { paperId, target: { selector: [{ type: "TextQuoteSelector", exact: "sparse attention" }] }, body, visibility: "PUBLIC" });
  await note(keptId!, `On the kept paper ${token}`);
  await note(dupId!, `On the duplicate ${token}`);

  await page.goto(`/papers/${keptId}/history`);
  const panel = page.getByTestId("merge-panel");
  await panel.getByLabel("The duplicate's address or id").fill(`${new URL(page.url()).origin}/papers/${dupId}`);
  await panel.getByRole("button", { name: "Compare" }).click();
  await expect(panel.getByTestId("merge-duplicate")).toContainText("a preprint");
  await expect(panel.getByTestId("merge-duplicate")).toContainText("1 annotation");
  await page.screenshot({ path: `${SHOTS}/merge-preview-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/merge-preview-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });

  await panel.getByRole("button", { name: "Merge into this paper" }).click();
  await expect(page.getByText(/Merged: 1 annotation/)).toBeVisible();
  await expect(page.getByTestId("history-change").first()).toHaveAttribute("data-kind", "merge");
  await expect(page.getByTestId("merged-from")).toContainText("a preprint");

  // Both ids: one page, both annotations.
  for (const id of [dupId, keptId]) {
    await page.goto(`/papers/${id}`);
    await expect(page).toHaveURL(new RegExp(`/papers/${keptId}$`));
    const sidebar = page.getByTestId("annotation-sidebar");
    await expect(sidebar).toContainText(`On the kept paper ${token}`);
    await expect(sidebar).toContainText(`On the duplicate ${token}`);
  }
  // The survivor took the DOI it lacked; REST by the old id answers the survivor; search lists it once.
  await expect(page.getByTestId("paper-details")).toContainText(`10.5555/${token}`);
  const viaRest = (await (await request.get(`/api/v1/papers/${dupId}`)).json()) as { id: string };
  expect(viaRest.id).toBe(keptId);
  await expect.poll(() => searchIds(request, token), { timeout: 30_000 }).toEqual([keptId]);
  await page.screenshot({ path: `${SHOTS}/merged-paper-1280.png` });
  await page.getByRole("region", { name: "About this paper" }).screenshot({ path: `${SHOTS}/about-card-1280.png` });
  await page.getByRole("button", { name: "Suggest a correction" }).click();
  await expect(page.getByTestId("correction-form")).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/suggest-1280.png` });
  await page.keyboard.press("Escape");
  await page.goto(`/papers/${keptId}/history`);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/history-390.png`, fullPage: true });
});

test("a member suggests a correction on a phone; an administrator accepts it from the history", async ({ browser, request }) => {
  await signInRequest(request);
  const token = `fixprobe${unique()}`;
  const run = await importText(
    request,
    `@article{fix, title={Corection probe with a typo ${token}}, author={Lovelace, Ada}, year={2019}, abstract={Text of the ${token} probe.}}`,
  );
  const paperId = run.items[0]!.paperId!;

  const alan = await signedIn(browser, "alan@demo.commonplace.test", { width: 390, height: 844 });
  await alan.page.goto(`/papers/${paperId}`);
  await alan.page.getByRole("button", { name: "Suggest a correction" }).click();
  const form = alan.page.getByTestId("correction-form");
  await form.getByLabel("Title").fill(`Correction probe without a typo ${token}`);
  await form.getByLabel("Publication date").fill("2019-02-30");
  await form.getByRole("button", { name: "Send suggestion" }).click();
  await expect(form).toContainText("That day does not exist.");
  await form.getByLabel("Publication date").fill("2019-03-01");
  await form.getByLabel("Venue").fill("Probe Conference");
  await alan.page.screenshot({ path: `${SHOTS}/suggest-390.png` });
  await form.getByRole("button", { name: "Send suggestion" }).click();
  await expect(alan.page.getByText("An administrator will review your suggestion")).toBeVisible();
  await expect(alan.page.getByTestId("paper-waiting-proposals")).toContainText("Your suggestion is waiting for review.");
  await alan.page.getByRole("region", { name: "About this paper" }).screenshot({ path: `${SHOTS}/about-card-390.png` });
  await expect(alan.page.locator("h1")).toContainText("Corection probe");

  const ada = await signedIn(browser, DEMO.email);
  await ada.page.goto(`/papers/${paperId}/history`);
  const proposal = ada.page.getByTestId("history-proposal");
  await expect(proposal).toContainText("Probe Conference");
  await ada.page.screenshot({ path: `${SHOTS}/proposal-1280.png`, fullPage: true });
  await proposal.getByRole("button", { name: "Accept" }).click();
  await expect(ada.page.getByTestId("history-change").first()).toHaveAttribute("data-kind", "accept");
  await ada.page.goto(`/papers/${paperId}`);
  await expect(ada.page.locator("h1")).toContainText(`Correction probe without a typo ${token}`);
  await expect(ada.page.getByTestId("paper-details")).toContainText("Probe Conference");
});
