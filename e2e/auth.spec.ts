import { expect, test, type Page } from "@playwright/test";
import { THROTTLE } from "../packages/api/src/auth/throttle.ts";

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("a new person signs up, signs out, signs back in and lands on the dashboard", async ({ page }) => {
  const id = unique();
  const account = { email: `reader-${id}@example.org`, password: "a long enough passphrase", handle: `reader-${id}`, name: "Rosalind Reader" };

  await page.goto("/");
  await page
    .getByRole("link", { name: /sign up|get started|create/i })
    .first()
    .click();
  await expect(page).toHaveURL(/\/sign-up/);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password", { exact: true }).fill(account.password);
  await page.getByLabel("Handle").fill(account.handle);
  await page.getByLabel("Display name").fill(account.name);
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page).toHaveURL(/\/dashboard/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Rosalind");

  await page.getByRole("button", { name: "Account menu" }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).not.toHaveURL(/\/dashboard/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in/);

  await signIn(page, account.email, account.password);
  await expect(page).toHaveURL(/\/dashboard/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Rosalind");
});

test("a wrong password shows an error and keeps the person signed out", async ({ page }) => {
  await signIn(page, "ada@demo.commonplace.test", "not the password");
  await expect(page.getByTestId("sign-in-error").filter({ hasText: "Invalid email or password." })).toBeVisible();
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("repeated failures lock the account from this address for a while, with a message saying so", async ({ page, request }) => {
  test.setTimeout(300_000); // each attempt after the third waits longer (0.5 s, 1 s, 2 s … 8 s)
  const id = unique();
  const email = `locked-${id}@example.org`;
  const password = "the right passphrase";
  const signUp = await request.post("/api/trpc/auth.signUp", {
    data: { json: { email, password, handle: `locked-${id}`, name: "Locked Out" } },
  });
  expect(signUp.ok()).toBe(true);

  for (let attempt = 0; attempt < THROTTLE.accountAddress.points; attempt++) {
    await signIn(page, email, `wrong passphrase ${attempt}`);
    await expect(page.getByTestId("sign-in-error")).toContainText("Invalid email or password.");
  }
  await signIn(page, email, password);
  await expect(page.getByTestId("sign-in-error")).toContainText(/Too many failed sign-in attempts.*Try again in \d+ minutes/);
  await expect(page).not.toHaveURL(/\/dashboard/);
});
