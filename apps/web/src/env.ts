import { z } from "zod";

/*
 * The web app's own configuration. Server secrets of the data layer (DATABASE_URL, MEILI_*, …)
 * are validated by @commonplace/api; this file only covers what the web tier reads itself.
 */
const isServer = typeof window === "undefined";
const isBuild = process.env.NEXT_PHASE === "phase-production-build";

const serverSchema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    NEXTAUTH_URL: z.url().optional(),
    NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET must be at least 16 characters").optional(),
  })
  .superRefine((value, ctx) => {
    if (value.NODE_ENV === "production" && !value.NEXTAUTH_SECRET && !isBuild) {
      ctx.addIssue({ code: "custom", path: ["NEXTAUTH_SECRET"], message: "NEXTAUTH_SECRET is required in production" });
    }
  });

// NEXT_PUBLIC_* values must be read by their literal names so Next inlines them into the browser bundle.
const clientSchema = z.object({
  NEXT_PUBLIC_APP_NAME: z.string().min(1).default("Commonplace"),
});

function fail(scope: string, error: z.ZodError): never {
  throw new Error(`Invalid ${scope} environment:\n${z.prettifyError(error)}`);
}

const clientParsed = clientSchema.safeParse({ NEXT_PUBLIC_APP_NAME: process.env.NEXT_PUBLIC_APP_NAME || undefined });
if (!clientParsed.success) fail("public", clientParsed.error);
export const clientEnv = clientParsed.data;

/** Safe on both sides (client components import it from lib/public/env, which has no zod). */
export { isDevelopment } from "./lib/public/env";

function parseServer() {
  if (!isServer) return null;
  const parsed = serverSchema.safeParse({
    NODE_ENV: process.env.NODE_ENV,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL || undefined,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || undefined,
  });
  if (!parsed.success) fail("server", parsed.error);
  return parsed.data;
}

const serverEnv = parseServer();

/** Server-only settings. Throws if read in the browser. */
export const env = new Proxy({} as z.infer<typeof serverSchema>, {
  get(_target, key: string) {
    if (!serverEnv) throw new Error(`env.${key} is server-only`);
    return serverEnv[key as keyof typeof serverEnv];
  },
});
