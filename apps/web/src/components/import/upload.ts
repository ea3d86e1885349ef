/*
 * Sends files to /api/ingest/upload. XMLHttpRequest rather than fetch: only it reports upload
 * progress, which matters for a 40 MB PDF on a slow link.
 */
export type UploadResult = { ok: true; runId: string } | { ok: false; message: string };

export function uploadFiles(
  files: File[],
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
  pdf: { visibility: string; team: string | null } = { visibility: "PRIVATE", team: null },
): Promise<UploadResult> {
  return new Promise((resolve) => {
    const form = new FormData();
    for (const file of files) form.append("files", file, file.name);
    // Who may see the PDFs: the uploader's choice (private unless they say otherwise).
    form.append("pdfVisibility", pdf.visibility);
    if (pdf.team) form.append("pdfTeam", pdf.team);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/ingest/upload");
    xhr.responseType = "json";
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      const body = xhr.response as { runId?: string; error?: { message?: string } } | null;
      if (xhr.status >= 200 && xhr.status < 300 && body?.runId) return resolve({ ok: true, runId: body.runId });
      if (xhr.status === 413 && !body?.error?.message) return resolve({ ok: false, message: "These files are too large to upload." });
      resolve({ ok: false, message: body?.error?.message ?? `The upload failed (HTTP ${xhr.status}). Try again.` });
    };
    xhr.onerror = () => resolve({ ok: false, message: "The upload was interrupted. Check your connection and try again." });
    xhr.onabort = () => resolve({ ok: false, message: "Upload cancelled." });
    signal?.addEventListener("abort", () => xhr.abort());
    xhr.send(form);
  });
}
