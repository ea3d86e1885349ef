import { readFile, writeFile } from "node:fs/promises";
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { downloadFromMenu, gotoHydrated, unique, waitForDigest } from "./support.ts";

// Issue 16.3 / 16.5 in a browser: someone's annotations across papers on /annotations — tag one from its card
// (suggestions from the scope's tags), search quote and body, filter by tag, scope, paper and dates, export the
// selection; a team's page for its members (an outsider gets the 404 of a missing team); a paper's annotations
// exported from the reader as W3C JSON-LD and imported by someone else give the same annotations; a bad file is
// refused with its reason. Screenshots of the page with long data at 1280×800 and 390×844.

type Hit = { id: string; title: string };
const PASSWORD = "a long enough passphrase";

async function signUp(browser: Browser, label: string): Promise<{ page: Page; handle: string }> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  page.setDefaultTimeout(20_000);
  const handle = `${label}-${unique()}`;
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(`${handle}@example.org`);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Handle").fill(handle);
  await page.getByLabel("Display name").fill(`${label} ${"Longname-".repeat(4)}Person`);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
  return { page, handle };
}

async function trpcCall<T>(request: APIRequestContext, path: string, input: unknown, method: "query" | "mutation" = "mutation"): Promise<T> {
  const res =
    method === "query"
      ? await request.get(`/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`)
      : await request.post(`/api/trpc/${path}`, { data: { json: input } });
  expect(res.ok(), `${path}: ${await res.text()}`).toBeTruthy();
  return ((await res.json()) as { result: { data: { json: T } } }).result.data.json;
}

/** Highlights the `n`-th sentence-ish slice of a paper's annotatable text, with a comment. */
async function annotate(request: APIRequestContext, paperId: string, body: string, extra: Record<string, unknown> = {}, at = 0) {
  const doc = await trpcCall<{ text: string }>(request, "annotations.document", { paperId }, "query");
  const start = 10 + at * 60;
  const end = start + 40;
  return trpcCall<{ id: string; quote: string }>(request, "annotations.create", {
    paperId,
    target: { start, end, exact: doc.text.slice(start, end) },
    body,
    visibility: "PRIVATE",
    ...extra,
  });
}

const results = (page: Page) => page.getByTestId("annotation-result");

test("tag, search and filter my annotations; a team's page; export from the UI and re-import give the same annotations", async ({ browser, request }) => {
  test.setTimeout(300_000);
  await waitForDigest(request);
  const hits = ((await (await request.get("/api/v1/papers/search?q=&limit=2&sort=newest")).json()) as { hits: Hit[] }).hits;
  const [p1, p2] = hits as [Hit, Hit];
  const { page: a, handle: ada } = await signUp(browser, "anno");
  const slug = `anno-team-${unique()}`;
  await trpcCall(a.request, "teams.create", { name: "Annotation readers", slug });
  const long = `Zebrafish ${"remarkably-long-unbroken-wordthatneedswrapping".repeat(3)} and a comment that goes on for a while, ${"so that the card has to wrap it over several lines; ".repeat(6)}`;
  await annotate(a.request, p1.id, long, {}, 0);
  await annotate(a.request, p1.id, "Compare with the **baseline** first", { visibility: "PUBLIC" }, 1);
  await annotate(a.request, p2.id, "zebrafish again, on the other paper", { visibility: "TEAM", teamSlug: slug }, 0);

  // Mine: all three, newest first; tag the first from its card.
  await gotoHydrated(a, "/annotations");
  await expect(results(a)).toHaveCount(3);
  const first = results(a).filter({ hasText: "Zebrafish remarkably" });
  await first.getByRole("button", { name: "Tag", exact: true }).click();
  const tagInput = first.getByLabel("Tag this annotation, separated by commas");
  await tagInput.fill("Method, a-rather-long-tag-name-for-the-layout");
  await tagInput.press("Enter");
  await expect(first.getByTestId("tag-chip").filter({ hasText: "method" })).toBeVisible();
  await first.getByRole("button", { name: "Done tagging" }).click();
  // Tagging another of my (non-team) annotations suggests my own tags.
  const publicCard = results(a).filter({ hasText: "baseline" });
  await publicCard.getByRole("button", { name: "Tag", exact: true }).click();
  await expect(publicCard.locator("datalist option[value='method']")).toHaveCount(1);
  await publicCard.getByRole("button", { name: "Done tagging" }).click();

  // Full-text search over body and quote (stemmed), in the URL.
  await a.getByTestId("annotations-search").fill("zebrafish");
  await expect(a).toHaveURL(/\/annotations\?q=zebrafish/);
  await expect(results(a)).toHaveCount(2);
  const filters = a.getByTestId("annotation-filters");
  await filters.getByLabel("Filter by tag").selectOption("method");
  await expect(results(a)).toHaveCount(1);
  await expect(a).toHaveURL(/tag=method/);
  await filters.getByRole("button", { name: "Clear filters" }).click();
  await expect(results(a)).toHaveCount(2);
  await filters.getByLabel("Filter by scope").selectOption("TEAM");
  await expect(results(a)).toHaveCount(1);
  await expect(results(a)).toContainText("on the other paper");
  await filters.getByRole("button", { name: "Clear filters" }).click();
  await a.getByTestId("annotations-search").fill("");
  await expect(results(a)).toHaveCount(3);
  await results(a).filter({ hasText: "baseline" }).getByRole("button", { name: p1.title }).click();
  await expect(results(a)).toHaveCount(2);
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  await filters.getByLabel("To date").fill(yesterday);
  await expect(a.getByText("No annotations match")).toBeVisible();
  await filters.getByLabel("To date").fill("");
  await expect(results(a)).toHaveCount(2);

  // Export this selection (paper 1) as Markdown: both of its annotations, nothing of paper 2.
  const md = await downloadFromMenu(a, a.getByTestId("annotations-export"), /Markdown/);
  const markdown = await readFile((await md.path())!, "utf8");
  expect(markdown).toContain("baseline");
  expect(markdown).toContain("Zebrafish remarkably");
  expect(markdown).not.toContain("on the other paper");

  // Open in paper leads to the thread.
  await results(a).first().getByTestId("annotation-open").click();
  await expect(a).toHaveURL(new RegExp(`/papers/${p1.id}\\?annotation=`));

  await a.setViewportSize({ width: 1280, height: 800 });
  await gotoHydrated(a, "/annotations");
  await expect(results(a)).toHaveCount(3);
  await a.screenshot({ path: test.info().outputPath("annotations-1280.png"), fullPage: true });
  await a.setViewportSize({ width: 390, height: 844 });
  await expect(results(a)).toHaveCount(3);
  await a.screenshot({ path: test.info().outputPath("annotations-390.png"), fullPage: true });
  const overflow = await a.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await a.setViewportSize({ width: 1280, height: 800 });

  // The team's page: the member's team annotation, filterable by person; an outsider gets the 404 of a missing team.
  await gotoHydrated(a, "/teams/" + slug);
  await a.getByTestId("team-annotations-link").click();
  await expect(a).toHaveURL(new RegExp(`/teams/${slug}/annotations`));
  await expect(results(a)).toHaveCount(1);
  await a.getByTestId("annotation-filters").getByLabel("Filter by person").selectOption(ada);
  await expect(results(a)).toHaveCount(1);
  const { page: b } = await signUp(browser, "outsider");
  const outsider = await b.goto(`/teams/${slug}/annotations`);
  expect(outsider?.status()).toBe(404);
  const missing = await b.goto(`/teams/no-such-team-${unique()}/annotations`);
  expect(missing?.status()).toBe(404);

  // Export paper 1's annotations from the reader as W3C JSON-LD; B imports the file into the same paper.
  await gotoHydrated(a, `/papers/${p1.id}`);
  const tools = a.getByTestId("paper-annotation-tools");
  const ld = await downloadFromMenu(a, tools.getByTestId("annotations-export"), /W3C JSON-LD/);
  const file = test.info().outputPath("paper.annotations.jsonld");
  await writeFile(file, await readFile((await ld.path())!, "utf8"));
  await gotoHydrated(b, `/papers/${p1.id}`);
  await b.getByTestId("paper-annotation-tools").getByTestId("annotations-import").click();
  // A bad file first: refused with its reason.
  const bad = test.info().outputPath("bad.jsonld");
  await writeFile(bad, "{ this is not json");
  await b.getByTestId("annotations-import-file").setInputFiles(bad);
  await b.getByRole("button", { name: "Import", exact: true }).click();
  await expect(b.getByTestId("annotations-import-error")).toContainText("cannot be imported: not valid JSON");
  await b.getByTestId("annotations-import-file").setInputFiles(file);
  await b.getByRole("button", { name: "Import", exact: true }).click();
  await expect(b.getByTestId("annotations-import-result")).toContainText("Imported 2 annotations");
  // B now holds copies of A's two annotations on the paper: same passages, same offsets, same comments.
  const shape = (threads: { quote: string | null; start: number | null; end: number | null; body: string }[]) =>
    threads.map((t) => ({ quote: t.quote, start: t.start, end: t.end, body: t.body })).sort((x, y) => x.body.localeCompare(y.body));
  type Threads = { threads: { quote: string | null; start: number | null; end: number | null; body: string; author: { handle: string } | null }[] };
  const mineA = (await trpcCall<Threads>(a.request, "annotations.list", { paperId: p1.id, author: ada }, "query")).threads;
  const imported = (await trpcCall<Threads>(b.request, "annotations.list", { paperId: p1.id }, "query")).threads.filter((t) => t.author?.handle !== ada);
  expect(mineA).toHaveLength(2);
  expect(shape(imported)).toEqual(shape(mineA));
});
