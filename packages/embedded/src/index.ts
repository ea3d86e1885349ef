export { startEmbeddedPostgres, ensureDatabase, type EmbeddedPostgresHandle } from "./postgres.ts";
export { startMeilisearch, meilisearchBinary, NoMeilisearchError, type MeilisearchHandle } from "./meilisearch.ts";
export { isPortFree, freePort, assertPortFree, waitForPort, PortInUseError } from "./ports.ts";
