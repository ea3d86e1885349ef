/*
 * Reading tRPC errors in forms. zod failures arrive flattened in `error.data.zodError`;
 * other failures (TRPCError) carry a human message meant for the person filling the form.
 */
export type FieldErrors = Record<string, string[] | undefined>;

type MaybeTRPCError = {
  message?: unknown;
  data?: {
    zodError?: { fieldErrors?: FieldErrors; formErrors?: string[] } | null;
    /** Set by the API when a non-validation error is about one field (e.g. a taken handle). */
    field?: string | null;
  } | null;
};

export function fieldErrorsOf(error: unknown): FieldErrors {
  return (error as MaybeTRPCError | null)?.data?.zodError?.fieldErrors ?? {};
}

export function formErrorOf(error: unknown, fallback = "Something went wrong. Please try again."): string | null {
  if (!error) return null;
  const e = error as MaybeTRPCError;
  const formErrors = e.data?.zodError?.formErrors;
  if (formErrors && formErrors.length > 0) return formErrors.join(" ");
  if (e.data?.zodError) return null; // field errors are shown beside their fields
  if (typeof e.message === "string" && e.message.length > 0 && !e.message.startsWith("[")) return e.message;
  return fallback;
}

/**
 * The field a server message is about: the API names it in `error.data.field`
 * (e.g. a taken handle); otherwise guess from the message's words.
 */
export function fieldForError<F extends string>(error: unknown, fields: readonly F[]): F | null {
  const e = error as MaybeTRPCError | null;
  const named = e?.data?.field;
  if (named && (fields as readonly string[]).includes(named)) return named as F;
  if (typeof e?.message !== "string" || e.data?.zodError) return null;
  const lower = e.message.toLowerCase();
  return fields.find((field) => lower.includes(field.toLowerCase())) ?? null;
}
