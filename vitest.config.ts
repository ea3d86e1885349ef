import { defineConfig } from "vitest/config";

// Two tiers, picked by file name: *.test.ts (unit, no services) and *.integration.test.ts
// (real PostgreSQL + Meilisearch, started once per run by test/global-setup.ts).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: [
            "{apps,packages}/*/src/**/*.test.ts",
            "{apps,packages}/*/test/**/*.test.ts",
            "scripts/**/*.test.ts",
            "bench/**/*.test.ts",
            "test/*.test.ts",
          ],
          exclude: ["**/*.integration.test.ts", "**/node_modules/**"],
          // A guard against hangs, not a speed check: the 2-core CI machine is shared, and a few unit tests
          // (the CSL validator's WebAssembly, citeproc over every style) take seconds there.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "integration",
          include: ["{apps,packages}/*/{src,test}/**/*.integration.test.ts", "test/**/*.integration.test.ts"],
          globalSetup: ["test/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
