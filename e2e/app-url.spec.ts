import { spawnSync } from "node:child_process";
import path from "node:path";
import { rm } from "node:fs/promises";
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { freePort } from "@commonplace/embedded";
import { launch } from "./launcher.ts";
import { signedInPage } from "./support";

// Issue 11: links follow the address a person opened the app at (APP_URL is optional and unset in the
// launcher these tests run against). Opened as 127.0.0.1 instead of localhost, sign-out, invitation and
// share links stay on 127.0.0.1; when APP_URL is set to another address, site administrators are told.

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const PASSWORD = "a long enough passphrase";

/** The same app, at 127.0.0.1 instead of the base URL's localhost. */
function loopback(baseURL: string | undefined): string {
  const url = new URL(baseURL!);
  expect(url.hostname).toBe("localhost");
  return `http://127.0.0.1:${url.port}`;
}

async function signUp(request: APIRequestContext): Promise<string> {
  const id = unique();
  const email = `where-${id}@example.org`;
  const response = await request.post("/api/trpc/auth.signUp", { data: { json: { email, password: PASSWORD, handle: `where-${id}`, name: "Wendy Where" } } });
  expect(response.ok(), await response.text()).toBe(true);
  return email;
}

const signIn = (browser: Browser, origin: string, email: string) => signedInPage(browser, email, { password: PASSWORD, baseURL: origin });

async function mutate<T>(request: APIRequestContext, procedure: string, input: unknown): Promise<T> {
  const response = await request.post(`/api/trpc/${procedure}`, { data: { json: input } });
  expect(response.ok(), await response.text()).toBe(true);
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}

test("signed in at 127.0.0.1, signing out through the account menu stays on 127.0.0.1", async ({ browser, baseURL }) => {
  const origin = loopback(baseURL);
  const page = await signIn(browser, origin, await signUp((await browser.newContext({ baseURL: origin })).request));
  await page.getByRole("button", { name: "Account menu" }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(`${origin}/`);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(new RegExp(`^${origin.replaceAll(".", "\\.")}/sign-in`));
  await page.context().close();
});

test("invitation, share and live .bib links made at 127.0.0.1 start with http://127.0.0.1:<port>", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const origin = loopback(baseURL);
  const page = await signIn(browser, origin, await signUp((await browser.newContext({ baseURL: origin })).request));

  // The invitation link, through the team page as a person makes it.
  const slug = `where-${unique()}`;
  await mutate(page.request, "teams.create", { name: `Where Circle ${slug}`, slug });
  await page.goto(`/teams/${slug}`);
  await page.getByRole("tab", { name: "Invitations" }).click();
  await page.getByRole("button", { name: "Create invitation link" }).click();
  await expect(page.getByTestId("invite-url")).toHaveValue(new RegExp(`^${origin.replaceAll(".", "\\.")}/invite/[\\w-]+$`));

  // A list's secret share link and its live .bib URL, made with the browser's session at 127.0.0.1.
  const list = await mutate<{ id: string }>(page.request, "lists.create", { title: `Where ${slug}`, visibility: "UNLISTED" });
  const share = await mutate<{ url: string }>(page.request, "lists.regenerateShareLink", { listId: list.id });
  expect(share.url.startsWith(`${origin}/lists/${list.id}?share=`)).toBe(true);
  const bib = await mutate<{ url: string }>(page.request, "lists.regenerateLiveBib", { listId: list.id });
  expect(bib.url.startsWith(`${origin}/api/v1/lists/${list.id}/live.bib?token=`)).toBe(true);
  // The share link works where it was made.
  const shared = await page.request.get(share.url);
  expect(shared.status()).toBe(200);
  await page.context().close();
});

test("with APP_URL set to another address, a site administrator sees a notice naming APP_URL", async ({ browser }) => {
  test.setTimeout(400_000);
  const [port, pgPort, meiliPort] = [await freePort(), await freePort(), await freePort()];
  const appUrl = `http://localhost:${port}`;
  const origin = `http://127.0.0.1:${port}`;
  const app = await launch({ env: { PORT: String(port), PG_PORT: String(pgPort), MEILI_PORT: String(meiliPort), APP_URL: appUrl } });
  try {
    const email = await signUp((await browser.newContext({ baseURL: origin })).request);
    const other = await signUp((await browser.newContext({ baseURL: origin })).request);
    // As the README says: `npm run admin -- user:admin`, here reusing the running app's PostgreSQL.
    const admin = spawnSync("npm", ["run", "admin", "--", "user:admin", "--email", email], {
      cwd: path.resolve(import.meta.dirname, ".."),
      env: { ...process.env, DATA_DIR: app.dataDir, PG_PORT: String(pgPort), MEILI_PORT: String(meiliPort), LOG_LEVEL: "warn" },
      encoding: "utf8",
    });
    expect(admin.status, admin.stdout + admin.stderr).toBe(0);
    expect(admin.stdout).toContain("is now a site administrator");

    const page = await signIn(browser, origin, email);
    const notice = page.getByRole("status").filter({ hasText: "APP_URL" });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(`This page was opened at ${origin}`);
    await expect(notice).toContainText(`APP_URL is ${appUrl}`);

    // At the configured address there is nothing to say; a person who is not an administrator is not told.
    const atAppUrl = await signIn(browser, appUrl, email);
    await expect(atAppUrl.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(atAppUrl.getByRole("status").filter({ hasText: "APP_URL" })).toHaveCount(0);
    const member = await signIn(browser, origin, other);
    await expect(member.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(member.getByRole("status").filter({ hasText: "APP_URL" })).toHaveCount(0);
  } finally {
    expect(await app.interrupt()).toBe(0);
    await rm(app.dataDir, { recursive: true, force: true });
  }
});
