import { expect, type APIRequestContext, type Locator, type Page, type TestInfo } from "@playwright/test";
import { importText, unique } from "./support";

// Realistic long data for the phone spec (issue 14): a paper with a long title, twelve authors and an
// abstract holding a long URL, imported through the real pipeline; and the checks every page must pass.

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };

export const LONG_URL =
  "https://github.com/automl/TransformersCanDoBayesianInference/tree/main/experiments/supplementary-material/prior-fitted-networks-without-any-breaks";

const AUTHORS = [
  "Müller, Samuel",
  "Hollmann, Noah",
  "Pineda Arango, Sebastian",
  "Grabocka, Josif",
  "Hutter, Frank",
  "Vaswani-Shazeer, Ashwini",
  "Bengio-Lecun, Maximiliane",
  "Krizhevsky-Sutskever, Alexandrina",
  "Ramachandran, Prajit",
  "Zoph, Barret",
  "Le, Quoc V.",
  "Schmidhuber-Hochreiter, Juergen",
];

/** Imports the long paper (BibTeX through ingest.fromText, as a signed-in request) and returns its id and title. */
export async function importLongPaper(request: APIRequestContext): Promise<{ id: string; title: string }> {
  const title = `Transformers Can Do Bayesian Inference Across Extraordinarily Heterogeneous Collections of Tabular Benchmarks ${unique()}`;
  const bib = `@article{long${unique()},
  title = {${title}},
  author = {${AUTHORS.join(" and ")}},
  journal = {Transactions on Machine Learning Research},
  volume = {12}, pages = {1--48},
  year = {2099},
  abstract = {Currently, it is hard to reap the benefits of deep learning for Bayesian methods. We present Prior-Data Fitted Networks, which approximate the posterior predictive distribution with a single forward pass. All code, priors and the trained networks are at ${LONG_URL} and further material at https://example.org/${"x".repeat(60)} for anyone to reuse.},
  url = {${LONG_URL}}
}`;
  const run = await importText(request, bib);
  const item = run.items.find((i) => i.paperId);
  expect(item, JSON.stringify(run.items)).toBeTruthy();
  return { id: item!.paperId!, title };
}

/** Elements that stick out of the viewport on the right (outside horizontal scrollers), described briefly. */
export async function overflow(page: Page): Promise<{ scrollWidth: number; offenders: string[] }> {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const clipped = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const o = getComputedStyle(a).overflowX;
        if (o === "auto" || o === "scroll" || o === "hidden" || o === "clip") return true;
      }
      return false;
    };
    const offenders: string[] = [];
    for (const el of document.body.querySelectorAll("*")) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || r.right <= vw + 1) continue;
      if (getComputedStyle(el).position === "fixed" || clipped(el)) continue;
      const id = el.getAttribute("data-testid") ?? el.id;
      offenders.push(`${el.tagName.toLowerCase()}${id ? `#${id}` : ""} right=${Math.round(r.right)} "${(el.textContent ?? "").trim().slice(0, 40)}"`);
      if (offenders.length >= 5) break;
    }
    return { scrollWidth: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth), offenders };
  });
}

/** The element is on screen, inside the viewport's width, and the topmost thing at its centre (not covered). */
export async function expectReachable(page: Page, target: Locator) {
  await target.scrollIntoViewIfNeeded();
  await expect(target).toBeVisible();
  const box = (await target.boundingBox())!;
  const vw = page.viewportSize()!.width;
  expect(box.x, "starts inside the viewport").toBeGreaterThanOrEqual(-1);
  expect(box.x + box.width, "ends inside the viewport").toBeLessThanOrEqual(vw + 1);
  const onTop = await target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && (el === hit || el.contains(hit) || hit.contains(el));
  });
  expect(onTop, "not covered by another element").toBe(true);
}

/** Nothing wider than the viewport, the main actions reachable, and a full-page screenshot in the report. */
export async function checkPage(page: Page, testInfo: TestInfo, name: string, actions: Locator[]) {
  const size = page.viewportSize()!;
  // Live updates keep an SSE connection open on some pages, so "idle" may never come: wait a little at most.
  await page.waitForLoadState("networkidle", { timeout: 3_000 }).catch(() => undefined);
  const { scrollWidth, offenders } = await overflow(page);
  expect(offenders, `${name}: elements wider than ${size.width}px`).toEqual([]);
  expect(scrollWidth, `${name}: page width`).toBeLessThanOrEqual(size.width);
  for (const action of actions) await expectReachable(page, action);
  await page.evaluate(() => window.scrollTo(0, 0));
  await testInfo.attach(`${name} ${size.width}x${size.height}`, { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
}
