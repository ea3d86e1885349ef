import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ALL_VARIABLES, ConfigError, launcherSchema, parseConfig, webSchema, workerSchema } from "./index.ts";

const root = path.resolve(import.meta.dirname, "../../..");

/** Variable names in the first column of the README's configuration table. */
function readmeVariables(): string[] {
  const readme = readFileSync(path.join(root, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Configuration"), readme.indexOf("\n## ", readme.indexOf("## Configuration") + 5));
  return section
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .flatMap((line) => [...line.split("|")[1]!.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((m) => m[1]!));
}

/** Variable names in .env.example, set or commented out (`# NAME=`). */
function exampleVariables(): string[] {
  const example = readFileSync(path.join(root, ".env.example"), "utf8");
  return [...example.matchAll(/^#? ?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]!);
}

const sorted = (names: readonly string[]) => [...new Set(names)].sort();

describe("configuration documentation", () => {
  it("the README's table lists exactly the variables the schemas read", () => {
    expect(sorted(readmeVariables())).toEqual(sorted(ALL_VARIABLES));
  });

  it(".env.example lists exactly the variables the schemas read", () => {
    expect(sorted(exampleVariables())).toEqual(sorted(ALL_VARIABLES));
  });
});

describe("one rule per variable", () => {
  const complete = {
    DATABASE_URL: "postgresql://u:p@127.0.0.1:5432/commonplace",
    MEILI_HOST: "http://127.0.0.1:7700",
    MEILI_MASTER_KEY: "0123456789abcdef",
    AUTH_SECRET: "x".repeat(32),
  };
  const schemas = { web: webSchema, worker: workerSchema, launcher: launcherSchema };
  const accepts = (schema: (typeof schemas)[keyof typeof schemas], vars: Record<string, string>) => {
    try {
      parseConfig("test", schema, { ...complete, ...vars });
      return true;
    } catch (error) {
      if (error instanceof ConfigError) return false;
      throw error;
    }
  };

  it.each([
    ["MEILI_INDEX_PREFIX", "Staging"],
    ["MEILI_INDEX_PREFIX", "staging_2"],
    ["MEILI_INDEX_PREFIX", "a-b"],
    ["DATABASE_URL", "mysql://u@h/db"],
    ["MEILI_HOST", "localhost:7700"],
    ["MEILI_MASTER_KEY", "short"],
    ["LOG_LEVEL", "loud"],
  ])("%s=%s is accepted or refused alike by every process that reads it", (name, value) => {
    const verdicts = Object.entries(schemas)
      .filter(([, schema]) => name in schema.shape)
      .map(([, schema]) => accepts(schema, { [name]: value }));
    expect(verdicts.length).toBeGreaterThan(1);
    expect(new Set(verdicts).size).toBe(1);
  });

  it("names the variable and the fix when one is missing", () => {
    expect(() => parseConfig("web app", webSchema, { ...complete, AUTH_SECRET: "" })).toThrow(
      /AUTH_SECRET: required: a random secret of at least 32 characters/,
    );
  });
});
