import { describe, expect, it } from "vitest";
import { parseEnv } from "./env.ts";

const valid = {
  DATABASE_URL: "postgresql://u:p@127.0.0.1:5432/commonplace",
  MEILI_HOST: "http://127.0.0.1:7700",
  MEILI_MASTER_KEY: "0123456789abcdef0123",
  AUTH_SECRET: "x".repeat(32),
};

describe("web configuration", () => {
  it("accepts a complete configuration and fills defaults", () => {
    const env = parseEnv(valid);
    expect(env.APP_URL).toBeUndefined(); // links then follow each request's address (lib/app-url.ts)
    expect(env.INGEST_MAX_BYTES).toBe(50 * 1024 * 1024);
    expect(env.TRUST_PROXY).toBe(false);
  });

  it("names every missing or invalid variable and what it expects", () => {
    const { DATABASE_URL: _omit, ...rest } = valid;
    expect(() => parseEnv({ ...rest, AUTH_SECRET: "short", MEILI_HOST: "not a url" })).toThrow(
      /DATABASE_URL: .*PostgreSQL connection string[\s\S]*MEILI_HOST: .*URL of the Meilisearch server[\s\S]*AUTH_SECRET: .*at least 32 characters/,
    );
  });
});
