import { describe, expect, it } from "vitest";
import { EnvError, loadEnv } from "./env.ts";

const base = { DATABASE_URL: "postgresql://u:p@127.0.0.1:5432/db", MEILI_HOST: "http://127.0.0.1:7700" };

describe("worker env", () => {
  it("applies defaults", () => {
    const env = loadEnv(base);
    expect(env.INGEST_MAX_BYTES).toBe(50 * 1024 * 1024);
    expect(env.MEILI_INDEX_PREFIX).toBe("");
  });

  it("names every missing or invalid variable and what it expects", () => {
    let error: unknown;
    try {
      loadEnv({ MEILI_HOST: "localhost:7700", INGEST_MAX_BYTES: "lots", LOG_LEVEL: "loud" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvError);
    const message = (error as Error).message;
    expect(message).toMatch(/DATABASE_URL: required: the PostgreSQL connection string/);
    expect(message).toMatch(/MEILI_HOST: expected an http\(s\):\/\/ URL of the Meilisearch server/);
    expect(message).toMatch(/INGEST_MAX_BYTES: expected a size in bytes/);
    expect(message).toMatch(/LOG_LEVEL: expected one of/);
  });

  it("treats empty strings as unset", () => {
    expect(loadEnv({ ...base, MEILI_MASTER_KEY: "", INGEST_BATCH_SIZE: "" }).INGEST_BATCH_SIZE).toBe(250);
  });
});
