import { expect, test } from "@playwright/test";
import { gotoHydrated, importText, signInRequest, unique, waitForDigest, waitForSearch } from "./support";

// Search and paper pages are public: these tests browse as a visitor (the `page` fixture is never signed in).

test.beforeAll(async ({ request }) => {
  await waitForDigest(request);
});

const results = (page: import("@playwright/test").Page) => page.getByTestId("search-result");

test("a visitor finds the right digest paper despite typos, and the query is in the URL", async ({ page }) => {
  await page.goto("/search");
  await expect(page.getByText(/49 papers in the library|\d+ papers in the library/)).toBeVisible();
  await page.getByRole("searchbox", { name: "Search papers" }).fill("denoising difusion distilation");
  await expect(results(page).first()).toContainText("BOOT: Data-free Distillation of Denoising Diffusion Models with Bootstrapping");
  await expect(page).toHaveURL(/[?&]q=denoising\+difusion\+distilation/);
  // Matched words are highlighted in the snippet.
  await expect(results(page).first().locator("mark").first()).toBeVisible();

  // The URL is shareable: opening it directly renders the same first result.
  await page.goto("/search?q=denoising+difusion+distilation");
  await expect(results(page).first()).toContainText("BOOT: Data-free Distillation");
});

test("a whole-sentence question finds the paper and says it was searched as a question", async ({ page }) => {
  const question = "How can a navigation agent generate its own high-quality training data without any human annotation?";
  await page.goto(`/search?q=${encodeURIComponent(question)}`);
  await expect(results(page).first()).toContainText("Bootstrapping Language-Guided Navigation Learning with Self-Refining Data Flywheel");
  await expect(page.getByTestId("long-query-hint")).toContainText("Searched as a question");
});

test("facets narrow the results, filters show as removable chips, and the URL follows (back included)", async ({ page, request }) => {
  // Papers with years, authors and categories (the digest has none), tagged with a word no other paper has.
  const token = `zq${unique().replace(/[^a-z]/g, "")}xv`;
  const n = () => String(10000 + Math.floor(Math.random() * 89999));
  await signInRequest(request);
  const run = await importText(
    request,
    `@article{a_${token}, title = {Extremal Graphs and the ${token} Conjecture}, author = {Mirzakhani, Maryam and Noether, Emmy}, year = {2021}, eprint = {2101.${n()}}, archivePrefix = {arXiv}, primaryClass = {math.CO}}
@article{b_${token}, title = {Random Walks on ${token} Surfaces}, author = {Mirzakhani, Maryam}, year = {2021}, eprint = {2102.${n()}}, archivePrefix = {arXiv}, primaryClass = {math.GT}}
@article{c_${token}, title = {Invariant Rings of ${token} Type}, author = {Noether, Emmy}, year = {2019}, eprint = {1903.${n()}}, archivePrefix = {arXiv}, primaryClass = {math.AC}}`,
  );
  expect(run.items.map((i) => i.outcome)).toEqual(["CREATED", "CREATED", "CREATED"]);
  await waitForSearch(request, token, 3);

  await page.goto(`/search?q=${token}`);
  await expect(results(page)).toHaveCount(3);
  const facets = page.getByTestId("facet-panel");

  await facets.getByRole("button", { name: /^2021/ }).click();
  await expect(page).toHaveURL(/from=2021&to=2021/);
  await expect(results(page)).toHaveCount(2);
  await expect(page.getByRole("button", { name: "Remove filter Year: 2021" })).toBeVisible();

  const noether = facets.getByRole("checkbox", { name: /Emmy Noether/ });
  await noether.click();
  await expect(noether).toBeChecked();
  await expect(page).toHaveURL(/author=Emmy\+Noether/);
  await expect(results(page)).toHaveCount(1);
  await expect(results(page).first()).toContainText(`Extremal Graphs and the ${token} Conjecture`);

  await page.getByRole("button", { name: "Remove filter Year: 2021" }).click();
  await expect(page).not.toHaveURL(/from=2021/);
  await expect(results(page)).toHaveCount(2);

  await facets.getByRole("checkbox", { name: /math\.AC/ }).click();
  await expect(page).toHaveURL(/category=math\.AC/);
  await expect(results(page)).toHaveCount(1);
  await expect(results(page).first()).toContainText(`Invariant Rings of ${token} Type`);

  // Back and forward walk through the filter states.
  await page.goBack();
  await expect(page).not.toHaveURL(/category=/);
  await expect(results(page)).toHaveCount(2);
  await page.goBack();
  await expect(page).toHaveURL(/from=2021&to=2021/);
  await expect(results(page)).toHaveCount(1);
  await page.goForward();
  await expect(results(page)).toHaveCount(2);
});

test("keyboard: / focuses the box, arrows move through results, Enter opens the paper", async ({ page }) => {
  await gotoHydrated(page, "/search");
  await expect(results(page).first()).toBeVisible();
  await page.locator("body").click({ position: { x: 5, y: 300 } });
  await page.keyboard.press("/");
  const box = page.getByRole("searchbox", { name: "Search papers" });
  await expect(box).toBeFocused();
  await page.keyboard.type("gradient boosting neural network");
  await expect(results(page).first()).toContainText("Sequential Training of Neural Networks with Gradient Boosting");

  await page.keyboard.press("ArrowDown");
  await expect(results(page).nth(0).getByRole("link")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(results(page).nth(1).getByRole("link")).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await expect(box).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/\/papers\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sequential Training of Neural Networks with Gradient Boosting");
});

test("a paper page shows its metadata, identifiers and links; unknown ids are a 404", async ({ page, request }) => {
  const token = `zq${unique().replace(/[^a-z]/g, "")}pp`;
  await signInRequest(request);
  const run = await importText(
    request,
    `@inproceedings{p_${token},
  title = {Sparse Attention for ${token} Retrieval},
  author = {Hopper, Grace and Turing, Alan},
  booktitle = {Proceedings of the Imaginary Conference},
  year = {2022},
  doi = {10.5555/${token}.2022},
  abstract = {We study sparse attention for retrieval and show that it helps.}
}`,
  );
  const paperId = run.items[0]?.paperId;
  expect(paperId).toBeTruthy();

  const response = await page.goto(`/papers/${paperId}`);
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(new RegExp(`Sparse Attention for ${token} Retrieval`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Sparse Attention for ${token} Retrieval`);
  await expect(page.getByTestId("paper-authors")).toHaveText("Grace Hopper, Alan Turing");
  await expect(page.getByTestId("paper-abstract")).toContainText("sparse attention for retrieval");
  await expect(page.getByTestId("paper-details")).toContainText("2022");
  await expect(page.getByTestId("paper-details").getByRole("link", { name: `10.5555/${token}.2022` })).toHaveAttribute(
    "href",
    `https://doi.org/10.5555/${token}.2022`,
  );
  await expect(page.getByTestId("paper-link-doi")).toHaveAttribute("href", `https://doi.org/10.5555/${token}.2022`);

  // A digest paper, reached from search: title and abstract.
  await page.goto("/search?q=Martingale+Posterior+Neural+Processes");
  await results(page).first().getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Martingale Posterior Neural Processes");
  await expect(page.getByTestId("paper-abstract")).not.toBeEmpty();

  const missing = await page.goto("/papers/no-such-paper-here");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We don’t have this paper" })).toBeVisible();
});
