// Worker-thread entry (plain JavaScript: a thread does not inherit tsx's loader from the process that
// started it). Registers tsx in this thread, then runs the TypeScript parser (parse-in-thread.ts).
import { register } from "tsx/esm/api";

register();
await import("./parse-in-thread.ts");
