import { z } from "zod";

/** Field builders shared by the concerns, so one kind of value has one rule and one message. */
export const port = (what: string, def: number) =>
  z.coerce
    .number({ error: `expected ${what} (a port number)` })
    .int()
    .min(1, { error: `expected ${what}: 1–65535` })
    .max(65535, { error: `expected ${what}: 1–65535` })
    .default(def);

export const int = (what: string, def: number, min = 1) =>
  z.coerce
    .number({ error: `expected ${what}` })
    .int({ error: `expected ${what} (a whole number)` })
    .min(min, { error: `expected ${what} ≥ ${min}` })
    .default(def);

export const httpUrl = (what: string, example: string) =>
  z.string({ error: `required: ${what} (e.g. ${example})` }).regex(/^https?:\/\/[^\s/]+/, { error: `expected an http(s):// URL of ${what}, e.g. ${example}` });

export const postgresUrl = z
  .string({ error: "required: the PostgreSQL connection string (postgresql://user:password@host:port/database)" })
  .regex(/^postgres(ql)?:\/\/.+/, { error: "expected a postgresql:// connection string (postgresql://user:password@host:port/database)" });

export const bool = z.stringbool({ error: "expected true or false" });
