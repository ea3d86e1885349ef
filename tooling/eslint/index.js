// Shared flat config. The one project-specific rule: process.env is read only in env.ts files
// (and in scripts/tests that set up processes), so every deployable validates its config in one place.
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

/** React code (apps/web, packages/ui): the rules of hooks and the React Compiler's checks. */
export const react = [reactHooks.configs.flat["recommended-latest"]];

/** Next.js apps (apps/web): Next's rules, Core Web Vitals set. */
export const next = [nextPlugin.configs["core-web-vitals"]];

export default function config(...extra) {
  return tseslint.config(
    { ignores: ["**/node_modules/**", "**/.next/**", "**/dist/**", "**/generated/**", "**/*.d.ts"] },
    ...tseslint.configs.recommended,
    {
      rules: {
        "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
        "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read configuration through this deployable's env.ts." }],
      },
    },
    {
      files: [
        "**/env.ts",
        "**/*.test.ts",
        "**/test/**",
        "**/scripts/**",
        "e2e/**",
        "bench/**",
        "playwright.config.ts",
        "**/*.config.ts",
        "**/*.config.mjs",
        "**/*.mjs",
      ],
      rules: { "no-restricted-properties": "off" },
    },
    ...extra,
  );
}
