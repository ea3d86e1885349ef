import { afterEach, describe, expect, it, vi } from "vitest";
import { WEB_NODE_OPTIONS, WORKER_NODE_OPTIONS } from "@commonplace/worker/heap";
import { childEnvironment } from "./child-env.ts";
import type { LaunchEnv } from "./env.ts";
import type { Services } from "./services.ts";

const env = { PORT: 3000, MEILI_INDEX_PREFIX: "", LOG_LEVEL: "info" } as unknown as LaunchEnv;
const services = { databaseUrl: "postgresql://db", meiliHost: "http://meili", meiliKey: "k", authSecret: "s" } as Services;

describe("the launcher's child environments", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("cap the worker's heap and the production web process's, before the NODE_OPTIONS the launcher was given (an operator's own cap wins)", () => {
    vi.stubEnv("NODE_OPTIONS", "--enable-source-maps");
    const production = childEnvironment(env, services, false);
    expect(production.worker.NODE_OPTIONS).toBe(`${WORKER_NODE_OPTIONS} --enable-source-maps`);
    expect(production.web.NODE_OPTIONS).toBe(`${WEB_NODE_OPTIONS} --enable-source-maps`);
    expect(WEB_NODE_OPTIONS).toMatch(/--max-old-space-size=\d+ --max-semi-space-size=\d+/);
  });

  it("leave `next dev` uncapped (its compiler needs far more)", () => {
    vi.stubEnv("NODE_OPTIONS", "");
    expect(childEnvironment(env, services, true).web.NODE_OPTIONS).toBeUndefined();
    vi.stubEnv("NODE_OPTIONS", "--enable-source-maps");
    expect(childEnvironment(env, services, true).web.NODE_OPTIONS).toBe("--enable-source-maps");
  });
});
