export { createDb, type Db } from "./client.ts";
export * from "./generated/prisma/client.ts";
export { migrate, resetDatabase, listMigrations, MIGRATIONS_DIR } from "./migrate.ts";
export { startHeartbeat } from "./heartbeat.ts";
