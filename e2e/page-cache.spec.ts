import http from "node:http";
import { expect, request as api, test } from "@playwright/test";
import { gotoHydrated, importText, signInRequest, unique } from "./support.ts";

// Issue 17.5: a public page rendered for a visitor without a session is kept (apps/web/page-cache.mjs) and
// sent again without rendering, each time with its own CSP nonce; a change drops it before the writer's
// answer; a signed-in reader is always rendered for themselves.

const nonceOf = (csp: string | undefined) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1] ?? "";

test("anonymous visitors get paper and profile pages from the page cache: own nonce each, fresh after a change, never for a signed-in reader", async ({
  request,
  browser,
  baseURL,
}) => {
  await signInRequest(request);
  const token = `pagecache${unique().replace(/\d/g, "x")}`;
  const run = await importText(
    request,
    `@article{${token}, title = {Cached ${token} Pages}, author = {Cache, Carla}, year = {2026}, abstract = {Pages rendered once are kept for every visitor who has no session.}}`,
  );
  const paperId = run.items[0]!.paperId!;
  expect(paperId).toBeTruthy();

  const anonymous = await api.newContext({ baseURL });
  try {
    const get = async (path: string) => {
      const res = await anonymous.get(path);
      return {
        status: res.status(),
        cache: res.headers()["x-commonplace-page-cache"],
        nonce: nonceOf(res.headers()["content-security-policy"]),
        html: await res.text(),
      };
    };
    const paper = `/papers/${paperId}`;
    const first = await get(paper);
    expect(first.status).toBe(200);
    expect(first.cache).toBeUndefined();
    const second = await get(paper);
    expect(second.cache).toBe("hit");
    // The same page, each answer with its own nonce, in the header and on every script.
    expect(second.nonce).not.toBe("");
    expect(second.nonce).not.toBe(first.nonce);
    expect(second.html).toContain(`nonce="${second.nonce}"`);
    expect(second.html).not.toContain(first.nonce);
    expect(second.html.replaceAll(second.nonce, "N")).toBe(first.html.replaceAll(first.nonce, "N"));
    expect(second.html).toMatch(/data-testid="upvote-count"[^>]*>0</);

    // A signed-in reader is rendered for themselves (their own vote, their menus), never from the cache.
    for (let i = 0; i < 2; i++) expect((await request.get(paper)).headers()["x-commonplace-page-cache"]).toBeUndefined();

    // A change drops the page before the writer's answer: the next anonymous visit shows it.
    const vote = await request.post("/api/trpc/upvotes.set", { data: { json: { paperId, upvoted: true } } });
    expect(vote.ok(), await vote.text()).toBe(true);
    const after = await get(paper);
    expect(after.cache).toBeUndefined();
    expect(after.html).toMatch(/data-testid="upvote-count"[^>]*>1</);
    expect((await get(paper)).cache).toBe("hit");

    // Nothing a client sends can make a page that others then receive. A forged Host (links on the page are
    // built from it) with the real X-Forwarded-Host: kept, if at all, under its own key.
    const url = new URL(paper, baseURL);
    const forged = await new Promise<string>((resolve, reject) => {
      const req = http.get(
        { host: url.hostname, port: url.port, path: `${paper}?list=forged`, headers: { host: "evil.example", "x-forwarded-host": url.host } },
        (res) => {
          let body = "";
          res.on("data", (c) => (body += c));
          res.on("end", () => resolve(body));
        },
      );
      req.on("error", reject);
    });
    expect(forged).toContain("evil.example");
    const honest = await get(`${paper}?list=forged`);
    expect(honest.html).not.toContain("evil.example");
    // A link-preview bot gets its own page (Next puts metadata in its <head>), not the browsers' one.
    const bot = await anonymous.get(paper, { headers: { "user-agent": "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)" } });
    expect(bot.headers()["x-commonplace-page-cache"]).toBeUndefined();
    // Query parameters the page does not read make it uncacheable (junk cannot push real pages out).
    for (let i = 0; i < 2; i++) expect((await get(`${paper}?utm_source=x`)).cache).toBeUndefined();

    // The profile page too (a new person's: nobody else's activity drops it meanwhile).
    const handle = `cache-${unique()}`;
    const signUp = await (
      await api.newContext({ baseURL })
    ).post("/api/trpc/auth.signUp", {
      data: { json: { email: `${handle}@example.org`, password: "a page kept for everyone", handle, name: "Carla Cache" } },
    });
    expect(signUp.ok(), await signUp.text()).toBe(true);
    expect((await get(`/u/${handle}`)).status).toBe(200);
    const profile = await get(`/u/${handle}`);
    expect(profile.cache).toBe("hit");
    expect(profile.html).toContain("Carla Cache");

    // A public annotation (it drops the page too), for a relative time on the page.
    const annotated = await request.post("/api/trpc/annotations.create", {
      data: { json: { paperId, target: { start: 0, end: 6 }, visibility: "PUBLIC", body: `Kept for everyone ${token}` } },
    });
    expect(annotated.ok(), await annotated.text()).toBe(true);
    expect((await get(paper)).html).toContain("1 public annotation");

    // In Chromium, a page from the cache runs its scripts under its own nonce: it hydrates, and CSP blocks nothing.
    // Its relative times are the browser's, not the render's: two days on, the kept "just now" reads "2 days ago".
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.clock.install({ time: Date.now() + 2 * 86_400_000 });
    const refused: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
    });
    const response = await page.goto(paper);
    expect(response?.headers()["x-commonplace-page-cache"]).toBe("hit");
    await expect(page.locator("html[data-hydrated=true]")).toBeAttached();
    await expect(page.getByTestId("upvote-count")).toHaveText("1");
    // Ada's profile renders that annotation's time on the server ("just now"); the browser corrects it.
    await gotoHydrated(page, "/u/ada");
    await expect(page.getByTestId("public-annotation").filter({ hasText: token }).locator("time")).toHaveText("2 days ago");
    expect(refused).toEqual([]);
    await context.close();
  } finally {
    await anonymous.dispose();
  }
});
