/*
 * Upload limits shared by the import page (checks before sending) and the upload handler (enforces).
 * The per-file limit is the server's INGEST_MAX_BYTES, passed down by the page; one request may carry
 * a few files, up to twice that in total, so a single upload never buffers unbounded memory.
 * Pure: the page imports it in the browser (`@commonplace/api/upload-limits`).
 */
export const MAX_FILES_PER_UPLOAD = 20;

export function totalUploadLimit(perFileBytes: number): number {
  return perFileBytes * 2;
}

/** 1536 → "1.5 KB", 52428800 → "50 MB". */
export function formatBytes(bytes: number): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), "MB"] : bytes >= 1024 ? [bytes / 1024, "KB"] : [bytes, bytes === 1 ? "byte" : "bytes"];
  const rounded = Math.round(value * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded : rounded.toFixed(1)} ${unit}`;
}
