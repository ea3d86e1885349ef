import { WEB_NODE_OPTIONS, withHeapCap, WORKER_NODE_OPTIONS } from "@commonplace/worker/heap";
import { passthroughEnv, type LaunchEnv } from "./env.ts";
import type { Services } from "./services.ts";

/** The variables the launcher gives the worker and the web app (the same services, secrets and URL). */
export function childEnvironment(env: LaunchEnv, services: Services, dev: boolean) {
  const appUrl = env.APP_URL ?? `http://localhost:${env.PORT}`;
  const passthrough = passthroughEnv();
  const common: Record<string, string> = {
    ...passthrough,
    DATABASE_URL: services.databaseUrl,
    MEILI_HOST: services.meiliHost,
    MEILI_MASTER_KEY: services.meiliKey,
    MEILI_INDEX_PREFIX: env.MEILI_INDEX_PREFIX,
    AUTH_SECRET: services.authSecret,
    // Unset APP_URL stays unset: the web app then builds links from the address each request came in on.
    ...(env.APP_URL ? { APP_URL: env.APP_URL } : {}),
    LOG_LEVEL: env.LOG_LEVEL,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: dev ? "development" : "production",
  };
  return {
    appUrl,
    worker: { ...common, NODE_OPTIONS: withHeapCap(WORKER_NODE_OPTIONS, passthrough.NODE_OPTIONS) },
    web: { ...common, PORT: String(env.PORT), ...(dev ? {} : { NODE_OPTIONS: withHeapCap(WEB_NODE_OPTIONS, passthrough.NODE_OPTIONS) }) },
  };
}
