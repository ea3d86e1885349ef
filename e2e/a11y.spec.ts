import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { createList, createPublicTeam, firstPaper } from "./public-fixtures";
import { gotoHydrated, signInRequest, unique, waitForDigest } from "./support";

// axe-core on the pages a visitor (not signed in) sees, in light and dark mode: no serious or critical
// violation of WCAG 2.1 A/AA. Failures print each violation with its rule, help link and offending nodes.

type Scheme = "light" | "dark";
const SCHEMES: Scheme[] = ["light", "dark"];
const paths: Record<string, string> = {};

test.beforeAll(async ({ request }) => {
  test.setTimeout(240_000);
  await waitForDigest(request);
  await signInRequest(request);
  const paper = await firstPaper(request);
  paths.paper = `/papers/${paper.id}`;
  paths.list = `/lists/${await createList(request, { paperId: paper.id, title: `Accessible reading ${unique()}`, note: "Read **section 3** first.", visibility: "PUBLIC" })}`;
  const slug = `a11y-${unique()}`;
  paths.team = `/t/${await createPublicTeam(request, { slug, name: `Open Circle ${slug.slice(5)}`, paperId: paper.id })}`;
});

type Violations = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"];

function describeViolations(violations: Violations): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.slice(0, 5).map((n) => `    at ${n.target.join(" ")}\n      ${n.failureSummary?.replace(/\n/g, "\n      ")}`);
      return `[${v.impact}] ${v.id}: ${v.help}\n  ${v.helpUrl}\n${nodes.join("\n")}${v.nodes.length > 5 ? `\n    … and ${v.nodes.length - 5} more` : ""}`;
    })
    .join("\n\n");
}

async function openAs(browser: Browser, scheme: Scheme): Promise<Page> {
  const context = await browser.newContext({ colorScheme: scheme });
  return context.newPage();
}

async function expectAccessible(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map((v) => `${v.id} (${v.nodes.length})`),
    `${what}: ${serious.length} serious/critical accessibility violations\n\n${describeViolations(serious)}`,
  ).toEqual([]);
}

/** Each page: how to open it (and wait for what makes it complete) as a visitor. */
const PAGES: { name: string; open: (page: Page) => Promise<void> }[] = [
  { name: "home", open: (page) => gotoHydrated(page, "/") },
  {
    name: "search with results",
    open: async (page) => {
      await gotoHydrated(page, "/search?q=diffusion");
      await expect(page.getByTestId("search-result").first()).toBeVisible();
    },
  },
  { name: "paper", open: (page) => gotoHydrated(page, paths.paper!) },
  {
    name: "public list",
    open: async (page) => {
      await gotoHydrated(page, paths.list!);
      await expect(page.getByTestId("list-items")).toBeVisible();
    },
  },
  { name: "public team", open: (page) => gotoHydrated(page, paths.team!) },
  // The demo account (signed in by beforeAll's request) owns the public list above, so its profile shows it.
  { name: "profile", open: (page) => gotoHydrated(page, "/u/ada") },
];

for (const { name, open } of PAGES) {
  for (const scheme of SCHEMES) {
    test(`${name} page has no serious accessibility violations (${scheme})`, async ({ browser }) => {
      const page = await openAs(browser, scheme);
      await open(page);
      await expect(page.locator("html")).toHaveClass(scheme === "dark" ? /\bdark\b/ : /^(?!.*\bdark\b)/);
      await expectAccessible(page, `${name} (${scheme})`);
      await page.context().close();
    });
  }
}
