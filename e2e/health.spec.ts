import { expect, test } from "@playwright/test";

// The three health answers of the running app (started by the real launcher in global-setup).

test("liveness, readiness and health answer separately, each with its documented shape", async ({ request }) => {
  const live = await request.get("/api/health/live");
  expect(live.status()).toBe(200);
  expect(await live.json()).toEqual({ status: "ok" });

  const ready = await request.get("/api/health/ready");
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toEqual({ status: "ready", db: "up", search: "up", down: [] });

  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({ status: "ok", db: "up", search: "up", queue: "up", live: "up", version: expect.any(String), down: [] });
});
