// The upload limits are the API's (the upload handler enforces them); the page checks the same ones before sending.
export { formatBytes, MAX_FILES_PER_UPLOAD, totalUploadLimit } from "@commonplace/api/upload-limits";

/** What the import page accepts, by extension; anything else is still sent (the server sniffs content). */
export const ACCEPTED_EXTENSIONS = [".pdf", ".bib", ".bibtex", ".ris", ".json", ".csl.json", ".xml", ".atom", ".jsonl", ".txt"];
