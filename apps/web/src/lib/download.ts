import { toast } from "@commonplace/ui";
import { formErrorOf } from "@/lib/trpc-errors";

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

type ExportFile = { body: string; contentType: string; filename: string; count?: number };

/**
 * Fetches an export with `load`, saves it, and tells the reader what happened: "Exported 3 papers" (when `noun`
 * is given and the API counted the rows), or `failure` (or the API's own message) when it could not.
 */
export async function downloadExport(load: () => Promise<ExportFile>, failure: string, noun?: [one: string, many: string]): Promise<void> {
  try {
    const file = await load();
    saveExport(file);
    if (noun && file.count !== undefined) toast.success(`Exported ${file.count} ${file.count === 1 ? noun[0] : noun[1]}`);
  } catch (error) {
    toast.error(formErrorOf(error) ?? failure);
  }
}
