/** Saves an export the API rendered (body + content type + file name) as a download, from a Blob. */
export function saveExport(file: { body: string; contentType: string; filename: string }): void {
  const url = URL.createObjectURL(new Blob([file.body], { type: file.contentType }));
  const a = document.createElement("a");
  a.href = url;
  a.download = file.filename;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
