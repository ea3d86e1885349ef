import { env, startPublicCache } from "@commonplace/api/server";
import "./env";

try {
  env();
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}

// Public pages read through the shared public cache (packages/api/src/public-cache) from here on: it listens
// for PostgreSQL's invalidations on this server's live bus. Scripts and the worker never start it.
startPublicCache();
