// `node scripts/run.mjs <file.ts> [args…]`: install what is missing, then run a TypeScript script.
import { ensureDependencies, runTypeScript } from "./ensure-deps.mjs";

ensureDependencies();
const [file, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], file, ...args];
await runTypeScript(file);
