import { rm } from "node:fs/promises";
import { launch } from "./launcher.ts";

export default async function globalSetup() {
  const app = await launch();
  process.env.E2E_BASE_URL = app.baseURL;
  return async () => {
    await app.interrupt();
    await rm(app.dataDir, { recursive: true, force: true });
  };
}
