import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { PHONE, overflow } from "./phone-fixtures";
import { signedInPage, unique } from "./support";

// Issue 16.1 and 16.7 with two people in two browser contexts: A (ada) starts a discussion on the whole paper
// for her team; B (alan) sees it arrive live in the Discussion section, above the passages, and replies with
// @ada; a signed-out visitor never sees it. A's composer starts in the scope she last used on this paper, after
// a reload too. A plain highlight is a light mark with "Add note", and a thread once the note is added. Then
// screenshots of the sidebar with long discussions at 1280×800 and 390×844.

const TITLE = "BOOT: Data-free Distillation of Denoising Diffusion Models with Bootstrapping";
const PHRASE = "efficient data-free distillation algorithm";
const SHOTS = "test-results/page-notes";

async function findPaper(request: APIRequestContext): Promise<string> {
  let id: string | undefined;
  await expect
    .poll(
      async () => {
        const res = await request.get(`/api/v1/papers/search?q=${encodeURIComponent(TITLE)}`);
        if (!res.ok()) return undefined;
        id = ((await res.json()) as { hits: { id: string; title: string }[] }).hits.find((h) => h.title === TITLE)?.id;
        return id;
      },
      { timeout: 120_000 },
    )
    .toBeTruthy();
  return id!;
}

const signedIn = (browser: Browser, email: string) => signedInPage(browser, email);

async function openPaper(page: Page, paperId: string) {
  await page.goto(`/papers/${paperId}`);
  await expect(page.getByTestId("paper-abstract")).toContainText(PHRASE);
  await expect(page.locator("html[data-hydrated=true]")).toBeAttached();
}

/** Posts a page note from the Discussion section's composer, in `scope` (or the one it starts in). */
async function postPageNote(page: Page, body: string, scope?: "Only me" | "Team" | "Public") {
  const notes = page.getByTestId("page-notes");
  await notes.getByTestId("page-note-start").click();
  const composer = notes.getByTestId("page-note-composer");
  if (scope) await composer.getByRole("radio", { name: scope }).click();
  if (scope === "Team") await composer.getByLabel("Team", { exact: true }).selectOption("reading-group");
  await composer.getByLabel("Page note").fill(body);
  await composer.getByRole("button", { name: "Post" }).click();
  await expect(composer).toBeHidden();
  await expect(notes.getByTestId("thread").filter({ hasText: body })).toBeVisible();
}

/**
 * The composer's starting scope is `label`. It follows the remembered scope and the writable teams, which
 * load after the page: "Only me" shows until they arrive, so wait for the expected one (a CI run under load read it too early).
 */
async function expectStartScope(page: Page, label: "Only me" | "Team" | "Public") {
  await page.getByTestId("page-notes").getByTestId("page-note-start").click();
  const composer = page.getByTestId("page-note-composer");
  await expect(composer.getByRole("radio", { name: label })).toBeChecked();
  await expect(composer.getByRole("radio", { checked: true })).toHaveCount(1);
  await composer.getByRole("button", { name: "Cancel" }).click();
}

async function unreadCount(page: Page): Promise<number> {
  const badge = page.getByTestId("notification-count");
  return (await badge.count()) === 0 ? 0 : Number(await badge.textContent());
}

test("a page note reaches a teammate live, never a visitor; replies notify; the composer remembers its scope", async ({ browser, request }) => {
  test.setTimeout(180_000);
  const paperId = await findPaper(request);
  const a = await signedIn(browser, "ada@demo.commonplace.test");
  const b = await signedIn(browser, "alan@demo.commonplace.test");
  await openPaper(a, paperId);
  await openPaper(b, paperId);
  const before = await unreadCount(a);

  // A: a team page note; it sits in the Discussion section, with no quoted passage.
  const note = `Is the teacher's quality the ceiling for BOOT? ${unique()}`;
  await postPageNote(a, note, "Team");
  const threadA = a.getByTestId("page-notes").getByTestId("thread").filter({ hasText: note });
  await expect(threadA).toContainText("Reading group", { ignoreCase: true });
  await expect(threadA.locator("blockquote")).toHaveCount(0);

  // B: it arrives without a reload, above the passages; B replies mentioning A.
  const threadB = b.getByTestId("page-notes").getByTestId("thread").filter({ hasText: note });
  await expect(threadB).toBeVisible({ timeout: 5_000 });
  const reply = `@ada the ablation in section 5 says no ${unique()}`;
  await threadB.getByRole("button", { name: "Reply" }).click();
  await threadB.getByLabel("Reply").fill(reply);
  await threadB.getByRole("button", { name: "Reply", exact: true }).click();
  await expect(threadA.getByTestId("thread-reply")).toContainText("ablation in section 5", { timeout: 5_000 });
  await expect.poll(() => unreadCount(a), { timeout: 10_000 }).toBeGreaterThan(before);

  // A visitor never sees the team's note.
  const visitor = await (await browser.newContext()).newPage();
  await openPaper(visitor, paperId);
  await expect(visitor.getByTestId("page-notes")).toBeVisible();
  await expect(visitor.getByText(note)).toHaveCount(0);
  await visitor.context().close();

  // Resolving folds the note into "Resolved (n)"; a link to it opens that group by itself; Reopen brings it back.
  const noteId = (await threadA.getAttribute("data-thread-id"))!;
  await threadA.getByRole("button", { name: "Resolve" }).click();
  const folded = a.getByTestId("page-notes").getByRole("button", { name: /^Resolved \(\d+\)$/ });
  await expect(folded).toHaveAttribute("aria-expanded", "false");
  await expect(threadA).toBeHidden();
  await a.goto(`/papers/${paperId}?annotation=${noteId}`);
  await expect(folded).toHaveAttribute("aria-expanded", "true");
  await expect(threadA).toHaveAttribute("aria-current", "true");
  await threadA.getByRole("button", { name: "Reopen" }).click();
  await expect(threadA.getByRole("button", { name: "Resolve" })).toBeVisible();

  // The composer starts where A last posted on this paper — after a reload too — and follows her next choice.
  await a.reload();
  await openPaper(a, paperId);
  await expectStartScope(a, "Team");
  await postPageNote(a, `A private reminder to reread section 4 ${unique()}`, "Only me");
  await a.reload();
  await openPaper(a, paperId);
  await expectStartScope(a, "Only me");
  await b.context().close();

  // A plain highlight is a light mark and a compact row with "Add note"; a note makes it a thread.
  await a.getByTestId("paper-abstract").evaluate((root, phrase) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(phrase);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + phrase.length);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      return;
    }
    throw new Error(`phrase not found: ${phrase}`);
  }, PHRASE);
  await a.getByTestId("selection-toolbar").getByRole("button", { name: "Highlight green" }).click();
  const mark = a.getByTestId("paper-abstract").getByTestId("highlight").filter({ hasText: PHRASE }).last();
  await expect(mark).toHaveAttribute("data-tone", "light");
  const row = a.getByTestId("highlight-card").filter({ hasText: PHRASE }).last();
  await expect(row).toBeVisible();
  await row.getByRole("button", { name: "Add note" }).click();
  const added = `Distillation without data — compare with consistency models ${unique()}`;
  await row.getByLabel("Note").fill(added);
  await row.getByRole("button", { name: "Save note" }).click();
  await expect(a.getByTestId("thread").filter({ hasText: added })).toBeVisible();
  await expect(a.getByTestId("paper-abstract").locator(`mark[data-tone="normal"]`).filter({ hasText: PHRASE }).first()).toBeVisible();
  await a.context().close();
});

test("screenshots: the Discussion section with long page notes at 1280×800 and 390×844", async ({ browser }) => {
  test.setTimeout(120_000);
  const a = await signedIn(browser, "ada@demo.commonplace.test");
  const paperId = await findPaper(a.request);
  const long = (n: number) =>
    `Page note ${n}: ${"A long remark on the method's assumptions, its baselines and whether the evaluation supports the claims; ".repeat(3)}` +
    `see https://example.org/${"very-long-path-segment-".repeat(4)}${unique()}`;
  for (let i = 1; i <= 4; i++) {
    const res = await a.request.post("/api/trpc/annotations.create", { data: { json: { paperId, body: long(i), visibility: i % 2 ? "PUBLIC" : "PRIVATE" } } });
    expect(res.ok(), await res.text()).toBe(true);
    const id = ((await res.json()) as { result: { data: { json: { id: string } } } }).result.data.json.id;
    if (i === 1) await a.request.post("/api/trpc/annotations.reply", { data: { json: { id, body: `A reply with a long word ${"x".repeat(80)}` } } });
  }

  // A plain highlight to see the light mark beside a commented one.
  const doc = await a.request.get(`/api/trpc/annotations.document?input=${encodeURIComponent(JSON.stringify({ json: { paperId } }))}`);
  const text = ((await doc.json()) as { result: { data: { json: { text: string } } } }).result.data.json.text;
  const start = text.indexOf("slow generation due to iterative denoising");
  await a.request.post("/api/trpc/annotations.create", {
    data: { json: { paperId, target: { start, end: start + "slow generation due to iterative denoising".length }, color: "blue", visibility: "PRIVATE" } },
  });

  await openPaper(a, paperId);
  await expect(a.getByTestId("page-notes").getByTestId("thread")).not.toHaveCount(0);
  await expect(a.getByTestId("paper-abstract").locator('mark[data-tone="light"]').first()).toBeVisible();
  await a.getByTestId("paper-abstract").screenshot({ path: `${SHOTS}/light-mark-1280.png` });
  await a.getByTestId("page-notes").evaluate((el) => el.scrollIntoView({ block: "start" }));
  await a.screenshot({ path: `${SHOTS}/reader-discussion-1280.png` });

  // Cards count the threads each viewer may read: Ada's private notes for her, never for a visitor.
  const paper = (await (await a.request.get(`/api/v1/papers/${paperId}`)).json()) as { publishedAt: string };
  const cardCount = async (page: Page) => {
    await page.goto(`/daily/${paper.publishedAt}`);
    const card = page.getByTestId("paper-card").filter({ hasText: TITLE });
    await expect(card).toBeVisible();
    return Number((await card.getByTestId("card-annotations").textContent())?.match(/\d+/)?.[0] ?? 0);
  };
  const visitor = await (await browser.newContext()).newPage();
  const seen = { ada: await cardCount(a), visitor: await cardCount(visitor) };
  expect(seen.visitor).toBeGreaterThanOrEqual(2);
  expect(seen.ada).toBeGreaterThanOrEqual(seen.visitor + 3); // two private page notes and a private highlight
  await visitor.context().close();

  await a.setViewportSize(PHONE);
  await openPaper(a, paperId);
  await a.getByTestId("discussion-inline").click();
  await expect(a.getByTestId("page-notes")).toBeVisible();
  await a.getByTestId("page-notes").getByTestId("page-note-start").click();
  await expect(a.getByTestId("page-note-composer").getByLabel("Page note")).toBeVisible();
  await a.screenshot({ path: `${SHOTS}/reader-discussion-390.png` });
  const { offenders } = await overflow(a);
  expect(offenders).toEqual([]);
  await a.context().close();
});
