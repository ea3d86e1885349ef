import { z } from "zod";

/*
 * The web app's own (public) configuration. Every server setting (DATABASE_URL, MEILI_*, AUTH_SECRET,
 * APP_URL, …) belongs to the API, which runs in this process: @commonplace/api validates it, and
 * instrumentation.ts makes it do so when the server boots.
 */

// NEXT_PUBLIC_* values must be read by their literal names so Next inlines them into the browser bundle.
const clientSchema = z.object({
  NEXT_PUBLIC_APP_NAME: z.string().min(1).default("Commonplace"),
});

const clientParsed = clientSchema.safeParse({ NEXT_PUBLIC_APP_NAME: process.env.NEXT_PUBLIC_APP_NAME || undefined });
if (!clientParsed.success) throw new Error(`Invalid public environment:\n${z.prettifyError(clientParsed.error)}`);
export const clientEnv = clientParsed.data;

/** Safe on both sides (client components import it from lib/public/env, which has no zod). */
export { isDevelopment } from "./lib/public/env";
