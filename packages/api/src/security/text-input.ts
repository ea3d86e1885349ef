import { AppError } from "../errors/index.ts";

// Text that PostgreSQL cannot store (NUL) or that is not Unicode (lone surrogates, bytes that are not
// UTF-8) is refused at the boundary with a 400, before it can reach a driver and come back as a 500.

const utf8 = new TextDecoder("utf-8", { fatal: true });
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function badTextReason(value: string): string | null {
  if (value.includes("\u0000")) return "contains a NUL character";
  if (LONE_SURROGATE.test(value)) return "is not valid Unicode";
  return null;
}

/** Walks an input value (strings, arrays, plain objects; keys too) and throws 400 on the first bad string. */
export function assertCleanInput(value: unknown, path = "input", depth = 0): void {
  if (typeof value === "string") {
    const reason = badTextReason(value);
    if (reason) throw new AppError("invalid_input", `${path} ${reason}.`, { code: "invalid_text" });
    return;
  }
  if (!value || typeof value !== "object" || depth > 64) return;
  if (value instanceof Date || value instanceof Uint8Array) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => assertCleanInput(item, `${path}.${i}`, depth + 1));
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    assertCleanInput(key, `${path} key`, depth + 1);
    assertCleanInput(item, `${path}.${key}`, depth + 1);
  }
}

/** Bytes as UTF-8 text; 400 when they are not UTF-8 or hold a NUL. */
export function decodeUtf8(bytes: Uint8Array, what = "The request body"): string {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new AppError("invalid_input", `${what} is not valid UTF-8.`, { code: "invalid_text" });
  }
  if (text.includes("\u0000")) throw new AppError("invalid_input", `${what} contains a NUL character.`, { code: "invalid_text" });
  return text;
}

/** The URL's path and query, percent-decoded strictly: 400 for encoded NULs or bytes that are not UTF-8. */
export function assertCleanUrl(url: URL): void {
  for (const part of [url.pathname, url.search]) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(part.replace(/\+/g, " "));
    } catch {
      throw new AppError("invalid_input", "The address holds percent-encoded bytes that are not UTF-8.", { code: "invalid_text" });
    }
    const reason = badTextReason(decoded);
    if (reason) throw new AppError("invalid_input", `The address ${reason}.`, { code: "invalid_text" });
  }
}

/** Reads a text body (JSON, forms) strictly: too large → 413, not UTF-8 or NUL → 400. */
export async function readTextBody(request: Request, maxBytes: number): Promise<string> {
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > maxBytes) throw new AppError("too_large", `The request body is larger than ${Math.round(maxBytes / 1024)} KB.`);
  return decodeUtf8(bytes);
}
