import { expect, test, type Page } from "@playwright/test";
import { makePdf } from "../packages/formats/test/helpers/make-pdf";
import { signInWithForm, unique } from "./support";

// The reader's PDF view: an uploaded PDF keeps its pages; a passage selected on the PDF's text layer is
// highlighted with the same toolbar as the text view, in the paper text's coordinates, so the highlight
// shows in the text view too.

const PHRASE = "margins remember what readers argued about";

function samplePdf(title: string): Buffer {
  const body = [
    "Shared annotation turns a reading list into a conversation. We study how",
    `small teams read papers together, and find that ${PHRASE}`,
    "long after the reading group has ended.",
  ];
  return Buffer.from(
    makePdf({
      info: { Title: title, Author: "Hypatia Reader; Ibn Margin" },
      pages: [
        [
          { text: title, size: 18, y: 700 },
          { text: "Hypatia Reader, Ibn Margin", size: 11, y: 672 },
          { text: "Abstract", size: 12, y: 630 },
          ...body.map((text, i) => ({ text, size: 10, y: 610 - i * 13 })),
          { text: "1 Introduction", size: 12, y: 540 },
          { text: "Readers have always written in margins.", size: 10, y: 520 },
        ],
        [
          { text: "2 Method", size: 12, y: 700 },
          { text: "We asked twelve reading groups to annotate together.", size: 10, y: 680 },
        ],
      ],
    }),
  );
}

/** Selects `phrase` inside the PDF's text layer, as a reader dragging over it would. */
async function selectInPdf(page: Page, phrase: string) {
  await page.getByTestId("pdf-view").evaluate((root, phrase) => {
    for (const span of root.querySelectorAll<HTMLElement>(".textLayer [data-item]")) {
      const node = span.firstChild;
      const at = node?.textContent?.indexOf(phrase) ?? -1;
      if (!node || at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + phrase.length);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      return;
    }
    throw new Error(`"${phrase}" is not in the text layer`);
  }, phrase);
}

test("a PDF upload reads as pages; a highlight made on the PDF shows in the text view", async ({ page }) => {
  const title = `Marginalia Endure ${unique().replace(/[^a-z]/g, "")} in Reading Groups`;
  await signInWithForm(page, "/import");
  await page.getByLabel("Choose files to import").setInputFiles({ name: "marginalia.pdf", mimeType: "application/pdf", buffer: samplePdf(title) });
  // PDFs are private unless their uploader says otherwise: this one is for everyone, so the paper reads from it.
  await page.getByRole("radio", { name: "Everyone" }).check();
  await page.getByRole("button", { name: "Import file" }).click();
  const panel = page.getByTestId("run-panel");
  await expect(panel).toHaveAttribute("data-status", "DONE", { timeout: 60_000 });
  await panel.getByTestId("outcome-table").getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

  // The original is served for this paper only.
  const paperId = page.url().split("/papers/")[1]!.split(/[?#]/)[0]!;
  const pdf = await page.request.get(`/api/papers/${paperId}/pdf`);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  expect((await page.request.get(`/api/papers/no-such-paper/pdf`)).status()).toBe(404);

  await page.getByRole("group", { name: "Reading view" }).getByRole("button", { name: "PDF" }).click();
  const first = page.getByTestId("pdf-page").first();
  await expect(page.getByTestId("pdf-page")).toHaveCount(2);
  await expect(first).toHaveAttribute("data-rendered", "true");
  await expect(first.locator(".textLayer [data-item]").filter({ hasText: PHRASE })).toHaveCount(1);

  await selectInPdf(page, PHRASE);
  const toolbar = page.getByTestId("selection-toolbar");
  await toolbar.getByRole("button", { name: "Highlight green" }).click();
  await expect(first.getByTestId("pdf-highlight").first()).toBeVisible();

  await page.getByRole("group", { name: "Reading view" }).getByRole("button", { name: "Text" }).click();
  await expect(page.getByTestId("paper-full-text-body").getByTestId("highlight")).toHaveText(PHRASE);
  await expect(page.getByTestId("annotation-sidebar")).toContainText(PHRASE);
});
