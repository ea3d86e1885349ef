import { z } from "zod";

/** A missing or invalid variable: the message names each one and what it expects. */
export class ConfigError extends Error {
  constructor(
    readonly scope: string,
    readonly problems: string[],
  ) {
    super(
      `Invalid ${scope} configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}\nSet these in the environment or in .env (see .env.example and the README's configuration table).`,
    );
    this.name = "ConfigError";
  }
}

/**
 * Validates `source` (process.env by default) against a process's composed schema. Empty strings count as
 * unset, so `FOO=` in a .env file falls back to the default. Throws ConfigError.
 */
export function parseConfig<T extends z.ZodType>(scope: string, schema: T, source: Record<string, string | undefined>): z.infer<T> {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v.trim() !== ""));
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  throw new ConfigError(
    scope,
    result.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`),
  );
}

/** For entry points: print what is wrong and exit (1 by default) instead of starting half-configured. */
export function parseConfigOrExit<T extends z.ZodType>(scope: string, schema: T, source: Record<string, string | undefined>, exitCode = 1): z.infer<T> {
  try {
    return parseConfig(scope, schema, source);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(exitCode);
  }
}
