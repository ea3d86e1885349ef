import config from "@commonplace/eslint-config";

// Root config so `npx eslint <path>` works from the repository root; packages carry their own for turbo.
export default config({ ignores: ["**/.data/**", "tooling/prisma-diff/**", "**/test-results/**", "**/playwright-report/**"] });
