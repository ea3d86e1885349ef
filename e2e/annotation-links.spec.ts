import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { makePdf } from "../packages/formats/test/helpers/make-pdf";
import { signInWithForm, unique } from "./support";

// Issue 16.2 and 16.4: a copied annotation link opens its thread — the highlight scrolled to in the Text
// view and in the PDF view, the linked reply marked; a link the viewer may not see gets one neutral message
// and unfurls as the plain paper; math in comments is typeset while a hostile formula does nothing.

const PHRASE = "twelve reading groups annotated together";
const VIEW_KEY = "commonplace.reader-view";

function samplePdf(title: string): Buffer {
  const filler = (n: number) => Array.from({ length: 30 }, (_, i) => ({ text: `Filler line ${n}.${i} about margins and readers.`, size: 10, y: 690 - i * 20 }));
  return Buffer.from(
    makePdf({
      info: { Title: title, Author: "Hypatia Reader" },
      pages: [
        [{ text: title, size: 18, y: 720 }, ...filler(1)],
        [{ text: "2 Method", size: 12, y: 720 }, ...filler(2)],
        [
          { text: "3 Results", size: 12, y: 720 },
          { text: `In our study ${PHRASE} for a term.`, size: 10, y: 690 },
        ],
      ],
    }),
  );
}

async function trpc<T>(request: APIRequestContext, path: string, input: unknown): Promise<T> {
  const res = await request.post(`/api/trpc/${path}`, { data: { json: input } });
  expect(res.ok(), await res.text()).toBe(true);
  return ((await res.json()) as { result: { data: { json: T } } }).result.data.json;
}

async function importPdf(page: Page): Promise<{ paperId: string; title: string }> {
  const title = `Links Across Views ${unique().replace(/[^a-z]/g, "")}`;
  await signInWithForm(page, "/import");
  await page.getByLabel("Choose files to import").setInputFiles({ name: "links.pdf", mimeType: "application/pdf", buffer: samplePdf(title) });
  await page.getByRole("radio", { name: "Everyone" }).check();
  await page.getByRole("button", { name: "Import file" }).click();
  const panel = page.getByTestId("run-panel");
  await expect(panel).toHaveAttribute("data-status", "DONE", { timeout: 60_000 });
  await panel.getByTestId("outcome-table").getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  return { paperId: page.url().split("/papers/")[1]!.split(/[?#]/)[0]!, title };
}

async function annotate(request: APIRequestContext, paperId: string, body: string, visibility: "PUBLIC" | "PRIVATE") {
  const doc = await (await request.get(`/api/trpc/annotations.document?input=${encodeURIComponent(JSON.stringify({ json: { paperId } }))}`)).json();
  const text = (doc as { result: { data: { json: { text: string } } } }).result.data.json.text;
  const start = text.indexOf(PHRASE);
  expect(start).toBeGreaterThan(0);
  return trpc<{ id: string }>(request, "annotations.create", { paperId, target: { start, end: start + PHRASE.length, exact: PHRASE }, body, visibility });
}

const HOSTILE = "$\\href{javascript:alert(1)}{click}$ $\\htmlClass{fixed inset-0}{cover}$";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("a copied annotation link opens its thread in the Text and the PDF view; math renders, a hostile formula does nothing", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const dialogs: string[] = [];
  page.on("dialog", (d) => (dialogs.push(d.message()), void d.dismiss()));
  const { paperId, title } = await importPdf(page);
  const root = await annotate(page.request, paperId, `Why does $\\alpha^2 + \\frac{1}{2}$ hold?\n\n$$\\sum_{i=1}^n x_i$$\n\n${HOSTILE}`, "PUBLIC");
  const reply = await trpc<{ id: string }>(page.request, "annotations.reply", { id: root.id, body: "It costs $5 and $10, and $\\beta$ too." });

  // Copy the reply's link from its thread.
  await page.evaluate((key) => localStorage.setItem(key, "text"), VIEW_KEY);
  await page.reload();
  const thread = page.locator(`[data-testid="thread"][data-thread-id="${root.id}"]`);
  await thread.click();
  await thread.locator(`[data-annotation-id="${reply.id}"]`).getByTestId("copy-annotation-link").click();
  await expect(page.getByText("Link to the reply copied")).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(new URL(`/papers/${paperId}?annotation=${reply.id}`, page.url()).toString());

  // Math: typeset in the comment and the reply; the dollar amounts stay prose; the hostile formula is inert.
  const body = thread.getByTestId("thread-root");
  await expect(body.locator(".katex")).toHaveCount(4);
  await expect(body.locator(".katex-display")).toHaveCount(1);
  await expect(body.locator("a")).toHaveCount(0);
  await expect(body.locator(".inset-0, .fixed, [href]")).toHaveCount(0);
  await expect(thread.getByTestId("thread-reply")).toContainText("It costs $5 and $10, and");
  await expect(thread.getByTestId("thread-reply").locator(".katex")).toHaveCount(1);
  await body.locator(".katex").nth(2).dispatchEvent("click"); // the hostile \href's text is no link: it goes nowhere
  expect(page.url()).toContain(`/papers/${paperId}`);

  // Text view: the link scrolls to the highlight, opens the thread and marks the reply.
  for (const [label, size] of [
    ["1280", { width: 1280, height: 800 }],
    ["390", { width: 390, height: 844 }],
  ] as const) {
    await page.setViewportSize(size);
    await page.goto(link);
    const mark = page.getByTestId("paper-full-text-body").locator(`[data-annotation-ids~="${root.id}"]`);
    await expect(mark).toBeInViewport();
    const opened = page.locator(`[data-testid="thread"][data-thread-id="${root.id}"]`);
    await expect(opened).toHaveAttribute("aria-current", "true");
    await expect(opened.locator(`[data-annotation-id="${reply.id}"]`)).toHaveAttribute("data-linked", "true");
    await expect(opened).toBeInViewport();
    if (size.width < 1024) {
      // On a phone the thread is a sheet over the lower part of the screen: the highlight stays above it.
      const [markBox, cardBox] = [await mark.boundingBox(), await opened.boundingBox()];
      expect(markBox!.y + markBox!.height).toBeLessThanOrEqual(cardBox!.y);
    }
    await page.screenshot({ path: testInfo.outputPath(`link-text-${label}.png`) });
  }

  // PDF view: the highlight is on the third page; the link reaches it there.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.evaluate((key) => localStorage.setItem(key, "pdf"), VIEW_KEY);
  await page.goto(`/papers/${paperId}?annotation=${root.id}`);
  await expect(page.getByTestId("pdf-view")).toHaveAttribute("data-status", "ready");
  const pdfMark = page.getByTestId("paper-pdf-body").locator(`[data-annotation-ids~="${root.id}"]`);
  await expect(pdfMark).toBeInViewport({ timeout: 20_000 });
  await expect(page.getByTestId("pdf-page").nth(2)).toBeInViewport();
  await expect(page.locator(`[data-testid="thread"][data-thread-id="${root.id}"]`)).toHaveAttribute("aria-current", "true");
  await page.screenshot({ path: testInfo.outputPath("link-pdf-1280.png") });
  expect(dialogs).toEqual([]);

  // A public annotation's link unfurls with its quote and words (escaped), computed as an anonymous viewer.
  const anonymous = await browser.newContext();
  const html = await (await anonymous.request.get(`/papers/${paperId}?annotation=${root.id}`)).text();
  expect(html).toContain(`<meta property="og:title" content="“${PHRASE}” — ${title}"/>`);
  expect(html).toMatch(/<meta property="og:description" content="[^"]*: Why does \$\\alpha\^2/);
  await anonymous.close();
});

test("a link the viewer may not see shows one neutral message and unfurls as the plain paper", async ({ page, browser }, testInfo) => {
  test.setTimeout(120_000);
  const { paperId, title } = await importPdf(page);
  const secret = `secret-words-${unique()}`;
  const priv = await annotate(page.request, paperId, secret, "PRIVATE");
  // Its author opens it.
  await page.goto(`/papers/${paperId}?annotation=${priv.id}`);
  await expect(page.locator(`[data-thread-id="${priv.id}"]`).first()).toHaveAttribute("aria-current", "true");

  for (const size of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    const anonymous = await browser.newContext({ viewport: size });
    const visitor = await anonymous.newPage();
    const answers: string[] = [];
    for (const id of [priv.id, "no-such-annotation", "x".repeat(80)]) {
      await visitor.goto(`/papers/${paperId}?annotation=${id}`);
      const notice = visitor.getByTestId("annotation-link-notice");
      await expect(notice).toBeVisible();
      answers.push((await notice.innerText()).trim());
      await expect(visitor.locator("body")).not.toContainText(secret);
    }
    expect(new Set(answers).size).toBe(1);
    expect(answers[0]).toContain("This annotation isn’t available");
    await visitor.screenshot({ path: testInfo.outputPath(`link-unavailable-${size.width}.png`) });

    const html = await (await anonymous.request.get(`/papers/${paperId}?annotation=${priv.id}`)).text();
    expect(html).not.toContain(secret);
    expect(html).not.toMatch(/og:url" content="[^"]*annotation=/); // the paper's own preview, not the link's
    expect(html).toContain(`<meta property="og:title" content="${title}"/>`);
    await anonymous.close();
  }
});
