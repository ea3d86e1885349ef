import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

// Prisma 6.19's CLI runs its schema engine as WASM through a driver adapter, so it needs no download.
// PRISMA_DIFF_DATABASE_URL is a scratch database the engine may wipe (it is used as the shadow database).
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new PrismaPg({ connectionString: process.env.PRISMA_DIFF_DATABASE_URL }),
});
