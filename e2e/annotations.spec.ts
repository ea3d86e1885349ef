import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { signedInPage } from "./support";

// Issue 5, end to end with two people in two browser contexts: A (ada) highlights a passage of an abstract
// and comments for her team; B (alan), on the same page, sees it arrive live and replies with an @mention;
// A's bell counts it. Then a VIEWER of the team finds no team option, and the API refuses a team write.

const PASSWORD = "commonplace-demo";
const TITLE = "Sequential Training of Neural Networks with Gradient Boosting";
const PHRASE = "gradient boosting to train the final layers of a neural network";
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function findPaper(request: APIRequestContext): Promise<string> {
  let id: string | undefined;
  // The search index fills in just after start-up: ask until the paper is there.
  await expect
    .poll(
      async () => {
        const res = await request.get(`/api/v1/papers/search?q=${encodeURIComponent(TITLE)}`);
        if (!res.ok()) return undefined;
        const body = (await res.json()) as { hits: { id: string; title: string }[] };
        id = body.hits.find((h) => h.title === TITLE)?.id;
        return id;
      },
      { timeout: 60_000 },
    )
    .toBeTruthy();
  return id!;
}

const signedIn = (browser: Browser, email: string, password = PASSWORD) => signedInPage(browser, email, { password });

async function openPaper(page: Page, paperId: string) {
  await page.goto(`/papers/${paperId}`);
  await expect(page.getByTestId("paper-abstract")).toContainText(PHRASE);
  await expect(page.getByTestId("annotation-sidebar")).toBeVisible();
}

/** Selects `phrase` in the reader as a person would with the mouse (a DOM selection over the text). */
async function select(page: Page, phrase: string) {
  await page.getByTestId("paper-abstract").evaluate((root, phrase) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(phrase);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + phrase.length);
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return;
    }
    throw new Error(`phrase not found: ${phrase}`);
  }, phrase);
  await expect(page.getByTestId("selection-toolbar")).toBeVisible();
}

async function unreadCount(page: Page): Promise<number> {
  const badge = page.getByTestId("notification-count");
  return (await badge.count()) === 0 ? 0 : Number(await badge.textContent());
}

async function trpc(request: APIRequestContext, path: string, input: unknown) {
  return request.post(`/api/trpc/${path}`, { data: { json: input } });
}

test("A highlights and comments for her team; B sees it live, replies with @ada; A is notified; a VIEWER cannot annotate the team", async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const paperId = await findPaper(request);
  const a = await signedIn(browser, "ada@demo.commonplace.test");
  const b = await signedIn(browser, "alan@demo.commonplace.test");
  await openPaper(a, paperId);
  await openPaper(b, paperId);
  await expect(a.getByTestId("notification-bell")).toBeVisible();
  const before = await unreadCount(a);

  // A: select → Comment → team visibility → post.
  const comment = `Is this layer-wise schedule really new? ${unique()}`;
  await select(a, PHRASE);
  await a.getByTestId("selection-toolbar").getByRole("button", { name: "Comment" }).click();
  const composer = a.getByTestId("annotation-composer");
  await expect(composer).toContainText(PHRASE);
  await composer.getByRole("radio", { name: "Team" }).click();
  await composer.getByLabel("Team", { exact: true }).selectOption("reading-group");
  await composer.getByLabel("Comment").fill(comment);
  await composer.getByRole("button", { name: "Post comment" }).click();
  await expect(composer).toBeHidden();
  const threadA = a.getByTestId("thread").filter({ hasText: comment });
  await expect(threadA).toBeVisible();
  await expect(threadA).toContainText("Reading group", { ignoreCase: true });
  await expect(a.getByTestId("paper-abstract").getByTestId("highlight")).toHaveText(PHRASE);

  // B: the thread and its highlight arrive without a reload.
  const threadB = b.getByTestId("thread").filter({ hasText: comment });
  await expect(threadB).toBeVisible({ timeout: 5_000 });
  await expect(b.getByTestId("paper-abstract").getByTestId("highlight")).toHaveText(PHRASE);

  // Clicking the highlight focuses its thread.
  await b.getByTestId("paper-abstract").getByTestId("highlight").click();
  await expect(threadB).toHaveAttribute("aria-current", "true");

  // B replies, mentioning A.
  const reply = `@ada the schedule follows Friedman's stagewise fitting ${unique()}`;
  await threadB.getByRole("button", { name: "Reply" }).click();
  await threadB.getByLabel("Reply").fill(reply);
  await threadB.getByRole("button", { name: "Reply", exact: true }).click();
  await expect(threadB.getByTestId("thread-reply")).toContainText("Friedman");

  // A: the reply appears live, the bell counts it, and the notification links to the thread.
  await expect(threadA.getByTestId("thread-reply")).toContainText("Friedman", { timeout: 5_000 });
  await expect.poll(() => unreadCount(a), { timeout: 10_000 }).toBeGreaterThan(before);
  await a.getByTestId("notification-bell").click();
  const note = a
    .getByTestId("notification")
    .filter({ hasText: /Alan Turing (mentioned|replied to) you/ })
    .first();
  await expect(note).toBeVisible();
  await expect(note).toContainText(TITLE);

  // A VIEWER of the team: invited by ada (her context's cookies), accepted by a fresh account.
  const id = unique();
  const viewer = { email: `viewer-${id}@example.org`, password: "a viewer's long passphrase", handle: `viewer-${id}`, name: "Vera Viewer" };
  expect((await trpc(request, "auth.signUp", viewer)).ok()).toBe(true);
  const invite = await trpc(a.request, "teams.createInvite", { teamSlug: "reading-group", role: "VIEWER" });
  expect(invite.ok()).toBe(true);
  const token = ((await invite.json()) as { result: { data: { json: { token: string } } } }).result.data.json.token;
  // A and B are done: close their pages (and their live streams) before the viewer's part.
  await a.context().close();
  await b.context().close();
  const v = await signedIn(browser, viewer.email, viewer.password);
  const accepted = await trpc(v.request, "teams.acceptInvite", { token });
  expect(accepted.ok()).toBe(true);

  await openPaper(v, paperId);
  // The team's thread is readable to a viewer…
  await expect(v.getByTestId("thread").filter({ hasText: comment })).toBeVisible();
  // …but a new thread offers no team scope,
  await select(v, "the final layers");
  await v.getByTestId("selection-toolbar").getByRole("button", { name: "Comment" }).click();
  const viewerComposer = v.getByTestId("annotation-composer");
  await expect(viewerComposer.getByRole("radio", { name: "Only me" })).toBeVisible();
  await expect(viewerComposer.getByRole("radio", { name: "Public" })).toBeVisible();
  await expect(viewerComposer.getByRole("radio", { name: "Team" })).toHaveCount(0);
  // and the API refuses one.
  const forced = await trpc(v.request, "annotations.create", {
    paperId,
    target: { start: 0, end: 12 },
    visibility: "TEAM",
    teamSlug: "reading-group",
    body: "viewers should not be able to post this",
  });
  expect(forced.status()).toBe(403);
  expect(await forced.text()).toContain("FORBIDDEN");

  await v.context().close();
});
