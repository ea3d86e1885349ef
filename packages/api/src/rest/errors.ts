/** REST errors: JSON `{ error: { code, message } }` with a stable code and a message for people. */
export class RestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const notFound = (what = "resource") => new RestError(404, "not_found", `No ${what} here.`);

export function errorResponse(error: RestError, requestId: string): Response {
  const body = { error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } };
  return Response.json(body, { status: error.status, headers: { "x-request-id": requestId } });
}
