// `npm start` / `npm run dev`: install what is missing, then hand over to the launcher (TypeScript).
import { ensureDependencies, runTypeScript } from "./ensure-deps.mjs";

ensureDependencies();
await runTypeScript("scripts/launch/main.ts");
