// The container's web process: apps/web/server.mjs (Next behind the server that tells the API each
// request's peer address) run inside Next's standalone output. Standalone output carries no next.config.ts;
// like the server.js Next generates there, this hands Next the configuration the build resolved.
import { readFileSync } from "node:fs";

const { config } = JSON.parse(readFileSync(new URL("./.next/required-server-files.json", import.meta.url), "utf8"));
process.env.__NEXT_PRIVATE_STANDALONE_CONFIG ??= JSON.stringify(config);
await import("./server.mjs");
