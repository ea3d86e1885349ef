// The one build of the web app and everything it depends on (the Prisma client, workspace packages,
// `next build`), through turbo so unchanged work is skipped. npm start, npm test and the fault suite run it.
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export const webBuild = {
  command: path.join(root, "node_modules/.bin/turbo"),
  args: ["run", "build", "--filter=@commonplace/web...", "--output-logs=errors-only"],
  env: { NEXT_TELEMETRY_DISABLED: "1", TURBO_TELEMETRY_DISABLED: "1" },
};
