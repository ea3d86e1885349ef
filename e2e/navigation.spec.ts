import { expect, test } from "@playwright/test";
import { signInWithForm } from "./support.ts";

// The member's main navigation: the header bar on wide screens, a sheet on small ones (one MainNavLinks).

test("the header marks the current section and moves between sections", async ({ page }) => {
  await signInWithForm(page);
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Dashboard" })).toHaveAttribute("aria-current", "page");
  await nav.getByRole("link", { name: "Lists" }).click();
  await expect(page).toHaveURL(/\/lists$/);
  await expect(nav.getByRole("link", { name: "Lists" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "Dashboard" })).not.toHaveAttribute("aria-current", "page");
});

test("on a phone the sections are in a sheet that closes after choosing one", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInWithForm(page);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await page.getByRole("button", { name: "Open navigation" }).click();
  const sheet = page.getByRole("dialog", { name: "Navigation" });
  const links = sheet.getByRole("navigation", { name: "Main" }).getByRole("link");
  await expect(links).toHaveText(["Dashboard", "Discover", "Search", "Library", "Lists", "Teams", "Following"]);
  await expect(sheet.getByRole("link", { name: "Dashboard" })).toHaveAttribute("aria-current", "page");
  await sheet.getByRole("link", { name: "Teams" }).click();
  await expect(page).toHaveURL(/\/teams$/);
  await expect(sheet).toBeHidden();
  await page.getByRole("button", { name: "Open navigation" }).click();
  await expect(page.getByRole("dialog", { name: "Navigation" }).getByRole("link", { name: "Teams" })).toHaveAttribute("aria-current", "page");
});
