export { createDb, type Db } from "./client.ts";
export * from "./generated/prisma/client.ts";
export { startHeartbeat } from "./heartbeat.ts";
