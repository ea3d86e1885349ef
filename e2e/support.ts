import { expect, type APIRequestContext, type Browser, type Download, type Locator, type Page } from "@playwright/test";

// Shared by the search and import specs. The platform was started once by global-setup (real launcher,
// demo users, the 49-paper digest ingested on first boot through the real pipeline).

export const DEMO = { email: "ada@demo.commonplace.test", password: "commonplace-demo" };

export const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Opens a page and waits until React has hydrated it (client-side handlers such as keyboard shortcuts exist). */
export async function gotoHydrated(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator("html[data-hydrated=true]")).toBeAttached();
}

/** First boot ingests the digest in the background: wait until all 49 papers are searchable. */
export async function waitForDigest(request: APIRequestContext) {
  await expect
    .poll(
      async () => {
        const res = await request.get("/api/v1/papers/search?q=&limit=1");
        return res.ok() ? ((await res.json()) as { total: number }).total : 0;
      },
      { timeout: 180_000, intervals: [500, 1000, 2000] },
    )
    .toBeGreaterThanOrEqual(49);
}

/** A new browser context signed in through the sign-in form as `email` (a demo user unless `password` says otherwise). */
export async function signedInPage(
  browser: Browser,
  email: string,
  {
    password = DEMO.password,
    viewport = { width: 1280, height: 800 },
    baseURL,
  }: { password?: string; viewport?: { width: number; height: number }; baseURL?: string } = {},
): Promise<Page> {
  const page = await (await browser.newContext({ viewport, ...(baseURL ? { baseURL } : {}) })).newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(baseURL ? `${baseURL}/dashboard` : /\/dashboard/);
  return page;
}

export async function signInWithForm(page: Page, callbackUrl = "/dashboard") {
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel("Email").fill(DEMO.email);
  await page.getByLabel("Password", { exact: true }).fill(DEMO.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(callbackUrl.replace(/[/?]/g, "\\$&")));
}

/** Signs an API request context in (next-auth credentials flow), so it can call protected tRPC procedures. */
export async function signInRequest(request: APIRequestContext) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: DEMO.email, password: DEMO.password, json: "true" },
  });
  expect(res.ok()).toBe(true);
}

type Run = { status: string; items: { outcome: string; title: string | null; paperId: string | null; reason: string | null }[] };

/** Imports pasted text through tRPC (as the signed-in request context) and waits for the run to finish. */
export async function importText(request: APIRequestContext, text: string): Promise<Run> {
  const started = await request.post("/api/trpc/ingest.fromText", { data: { json: { text } } });
  expect(started.ok(), await started.text()).toBe(true);
  const runId = ((await started.json()) as { result: { data: { json: { runId: string } } } }).result.data.json.runId;
  let run: Run | undefined;
  await expect
    .poll(
      async () => {
        const res = await request.get(`/api/trpc/ingest.run?input=${encodeURIComponent(JSON.stringify({ json: { id: runId } }))}`);
        run = ((await res.json()) as { result: { data: { json: Run } } }).result.data.json;
        return run.status;
      },
      { timeout: 60_000 },
    )
    .toMatch(/DONE|FAILED/);
  return run!;
}

/** The papers' search index is fed through an outbox: wait until a query returns what a test expects. */
export async function waitForSearch(request: APIRequestContext, q: string, atLeast: number) {
  await expect
    .poll(
      async () => {
        const res = await request.get(`/api/v1/papers/search?q=${encodeURIComponent(q)}&limit=1`);
        return res.ok() ? ((await res.json()) as { total: number }).total : 0;
      },
      { timeout: 30_000 },
    )
    .toBeGreaterThanOrEqual(atLeast);
}

/**
 * Opens the menu behind `trigger` and downloads what its item `item` saves. Under load the first click can land before the
 * menu is ready to open (seen once in CI: the download was never started), so the menu is opened until its item shows; an
 * error toast (the export failed) fails the test with its message instead of a bare download timeout.
 */
export async function downloadFromMenu(page: Page, trigger: Locator, item: string | RegExp): Promise<Download> {
  const entry = page.getByRole("menuitem", { name: item });
  await expect(async () => {
    if (!(await entry.isVisible())) await trigger.click();
    await expect(entry).toBeVisible({ timeout: 2_000 });
    // A menu opened just before the page moved under it (the reader's layout settling under load) stays beside a
    // trigger now out of view, where no click reaches it (a fresh-clone CI run): close it and open it again.
    await expect(entry)
      .toBeInViewport({ timeout: 2_000 })
      .catch(async (error: unknown) => {
        await page.keyboard.press("Escape");
        throw error;
      });
  }).toPass({ timeout: 30_000 });
  const failed = page.locator("[data-sonner-toast][data-type=error]").first();
  const downloaded = page.waitForEvent("download", { timeout: 30_000 });
  downloaded.catch(() => undefined); // awaited below; this only keeps a lost race from being an unhandled rejection
  await entry.click();
  const toast = failed.waitFor({ timeout: 30_000 }).then(
    () => "error" as const,
    () => "none" as const,
  );
  if ((await Promise.race([downloaded, toast])) === "error") throw new Error(`the export failed: ${await failed.innerText()}`);
  return downloaded;
}
