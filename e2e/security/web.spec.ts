import { expect, test, type Page } from "@playwright/test";
import { DEMO, gotoHydrated, signInRequest, signInWithForm, unique } from "../support";

// Issue 13, web hardening: open redirects, cross-site state changes, security headers and a nonce-based
// Content-Security-Policy that the app itself lives with (no blocked script or style in Chromium).

function cspViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text())) seen.push(message.text());
  });
  return seen;
}

test("pages carry a nonce-based CSP and the security headers; HSTS only over https", async ({ request }) => {
  const response = await request.get("/sign-in");
  expect(response.status()).toBe(200);
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["strict-transport-security"]).toBeUndefined();
  // Every inline script of the page carries this response's nonce; the next response has another.
  const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
  const html = await response.text();
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>/g)].map((m) => m[0]);
  expect(inline.length).toBeGreaterThan(0);
  for (const tag of inline) expect(tag).toContain(`nonce="${nonce}"`);
  const again = (await request.get("/sign-in")).headers()["content-security-policy"];
  expect(again).not.toBe(csp);
  // API answers are nosniff too.
  expect((await request.get("/api/v1/papers/search?q=x")).headers()["x-content-type-options"]).toBe("nosniff");
});

test("the app works under its CSP: no blocked script or style while browsing, searching and signing in", async ({ page }) => {
  const violations = cspViolations(page);
  await gotoHydrated(page, "/");
  await gotoHydrated(page, "/search?q=attention");
  await expect(page.getByTestId("search-error")).toHaveCount(0);
  await signInWithForm(page, "/settings");
  await expect(page.getByTestId("security-panel")).toBeVisible();
  await gotoHydrated(page, "/lists");
  expect(violations).toEqual([]);
});

test("callbackUrl accepts only paths on this site", async ({ page }) => {
  for (const hostile of [
    "/%09/evil.example/",
    "//evil.example/",
    "/\\evil.example",
    "https://evil.example/",
    "/%2F%2Fevil.example",
    "/%250d%250aSet-Cookie:x=1",
  ]) {
    const response = await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(hostile).replace(/%25/g, "%")}`);
    expect(response!.status(), hostile).toBeLessThan(500);
  }
  await page.goto("/sign-in?callbackUrl=/%09/evil.example/");
  await page.getByLabel("Email").fill(DEMO.email);
  await page.getByLabel("Password", { exact: true }).fill(DEMO.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
  expect(new URL(page.url()).host).not.toContain("evil");
});

test("a CR/LF callbackUrl is a page, not a 500", async ({ request }) => {
  for (const url of ["/sign-in?callbackUrl=/%0d%0aSet-Cookie:%20x=1", "/sign-up?callbackUrl=/%0a/evil.example"]) {
    expect((await request.get(url)).status(), url).toBeLessThan(500);
  }
});

test("cookie-authenticated state changes from another origin are refused", async ({ playwright, baseURL }) => {
  const context = await playwright.request.newContext({ baseURL });
  await signInRequest(context);
  const mutation = (headers: Record<string, string>) => context.post("/api/trpc/auth.signOutEverywhere", { data: { json: { revokeTokens: false } }, headers });
  const other = new URL(baseURL!);
  other.port = String(Number(other.port) + 1);
  // Another port of the same host is same-site but not same-origin: refused, whichever header says so.
  const attempts: Record<string, string>[] = [
    { origin: other.origin },
    { "sec-fetch-site": "same-site" },
    { "sec-fetch-site": "cross-site", origin: "https://evil.example" },
    { origin: "null" },
  ];
  for (const headers of attempts) {
    const response = await mutation(headers);
    expect(response.status(), JSON.stringify(headers)).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: "cross_site_request" } });
  }
  // The session is still there: nothing above reached the mutation.
  const me = await context.get("/api/trpc/auth.me");
  expect(JSON.stringify(await me.json())).toContain(DEMO.email);
  await context.dispose();
});

test("sign-in counts the socket address: changing X-Real-IP or X-Forwarded-For does not walk past the pause", async ({ page, request }) => {
  test.setTimeout(300_000);
  const id = unique();
  const account = { email: `spoof-${id}@example.org`, password: "the owner's own passphrase", handle: `spoof-${id}`, name: "Spoofed" };
  expect((await request.post("/api/trpc/auth.signUp", { data: { json: account } })).ok()).toBe(true);
  const attempt = async (password: string, i: number) => {
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: account.email, password, json: "true" },
      headers: { "x-real-ip": `10.9.${i}.1`, "x-forwarded-for": `10.8.${i}.1` },
    });
    return decodeURIComponent(((await response.json()) as { url: string }).url.replace(/\+/g, " "));
  };
  for (let i = 0; i < 10; i++) expect(await attempt(`wrong passphrase ${i}`, i)).toContain("Invalid email or password");
  expect(await attempt(account.password, 99)).toMatch(/Too many failed sign-in attempts/);
  void page;
});
