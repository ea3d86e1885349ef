import net from "node:net";
import { rm } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { isPortFree } from "@commonplace/embedded";
import { launch } from "./launcher.ts";
import { processesMentioning } from "./processes.ts";

test("health answers 200 with every part up", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", db: "up", search: "up", queue: "up", version: expect.any(String) });
});

test("Ctrl-C stops every process, and a second start reuses the data", async ({ browser }) => {
  test.setTimeout(300_000);
  const first = await launch();
  const port = Number(new URL(first.baseURL).port);
  const context = await browser.newContext({ baseURL: first.baseURL });
  const email = `persist-${Date.now()}@example.org`;
  const signUp = await context.request.post("/api/trpc/auth.signUp", {
    data: { json: { email, password: "kept across restarts", handle: `persist-${Date.now().toString(36)}`, name: "Persistent Reader" } },
  });
  expect(signUp.ok()).toBe(true);
  await context.close();

  expect(await first.interrupt()).toBe(0);
  expect(first.output()).toContain("Nothing is left running");
  expect(await isPortFree(port)).toBe(true);
  expect(processesMentioning(first.dataDir)).toEqual([]);
  expect(processesMentioning(`:${port}`).filter((p) => !p.includes("playwright"))).toEqual([]);

  const second = await launch({ dataDir: first.dataDir });
  try {
    expect(second.output()).toContain("Database is up to date");
    const page = await browser.newPage({ baseURL: second.baseURL });
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password", { exact: true }).fill("kept across restarts");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/dashboard/);
    await page.close();
  } finally {
    await second.interrupt();
    await rm(first.dataDir, { recursive: true, force: true });
  }
});

test("a port already in use gets a message naming the port and the variable", async () => {
  test.setTimeout(180_000);
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  try {
    const error = await launch({ env: { PORT: String(port) } }).then(
      () => null,
      (e: Error) => e,
    );
    expect(error?.message).toContain(`Port ${port} is already in use`);
    expect(error?.message).toContain("set PORT to another port");
  } finally {
    server.close();
  }
});
