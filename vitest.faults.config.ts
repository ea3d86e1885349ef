import { defineConfig } from "vitest/config";

// `npm run test:faults`: the real launcher (`node scripts/start.mjs`) on fresh data directories, with its
// parts killed the way crashes kill them. Needs the production build (the npm script runs it first).
export default defineConfig({
  test: {
    name: "faults",
    include: ["test/faults/**/*.fault.test.ts"],
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
