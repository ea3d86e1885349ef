/*
 * Reading tRPC errors in forms. zod failures arrive flattened in `error.data.zodError`;
 * other failures (TRPCError) carry a human message meant for the person filling the form.
 */
export type FieldErrors = Record<string, string[] | undefined>;

type MaybeTRPCError = { message?: unknown; data?: { zodError?: { fieldErrors?: FieldErrors; formErrors?: string[] } | null } | null };

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

/** Attach a server message to the field it is about ("That handle is taken." → handle). */
export function fieldForMessage<F extends string>(message: string | null, fields: readonly F[]): F | null {
  if (!message) return null;
  const lower = message.toLowerCase();
  return fields.find((field) => lower.includes(field.toLowerCase())) ?? null;
}
