import { rm } from "node:fs/promises";
import { launch } from "./launcher.ts";

export default async function globalSetup() {
  // Every spec signs up from one address (127.0.0.1): more than the 10 sign-ups an hour a network gets. Limits stay
  // on, ten times higher (the rate-limit tests are integration tests, at the real numbers).
  const app = await launch({ env: { RATE_LIMIT_SCALE: "10" } });
  process.env.E2E_BASE_URL = app.baseURL;
  return async () => {
    await app.interrupt();
    await rm(app.dataDir, { recursive: true, force: true });
  };
}
