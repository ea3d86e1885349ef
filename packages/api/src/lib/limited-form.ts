// Multipart bodies read with a byte limit that holds whatever Content-Length said (avatar and import uploads).

class BodyTooLarge extends Error {}

/** Reads a multipart body, giving up as soon as more than `limit` bytes have arrived. */
export async function readLimitedForm(request: Request, limit: number): Promise<FormData> {
  if (!request.body) return new FormData();
  let seen = 0;
  const counted = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > limit) controller.error(new BodyTooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
  return new Response(counted, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
}

/** Whether readLimitedForm failed because the body passed its limit (the parser may wrap the error). */
export function isBodyTooLarge(error: unknown): boolean {
  return error instanceof BodyTooLarge || (error as { cause?: unknown } | null)?.cause instanceof BodyTooLarge;
}
