import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Stand-in until the root `integration` project has its test/global-setup.ts: runs this
// package's integration tests alone (each starts its own Meilisearch unless MEILI_HOST is set).
//   npx vitest run -c packages/search/vitest.integration.config.ts
export default defineConfig({
  test: {
    root: fileURLToPath(new URL(".", import.meta.url)),
    include: ["src/**/*.integration.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
