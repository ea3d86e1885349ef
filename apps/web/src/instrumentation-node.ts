import { env } from "@commonplace/api/server";
import "./env";

try {
  env();
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}
