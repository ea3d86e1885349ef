import { describe, expect, it } from "vitest";
import { db } from "../lib/services.ts";
import { person } from "../../test/fixtures.ts";
import { handleIngestUpload } from "./upload-http.ts";

// The import page's file upload through the handler the web app's route calls (its rules live here, not in apps/web).

const PER_FILE = 1024;
const bib = (key: string) => new TextEncoder().encode(`@article{${key}, title = {Upload ${key}}, author = {Lovelace, Ada}, year = {1843}}`);

function post(userId: string | null, files: { name: string; bytes: Uint8Array }[], headers: Record<string, string> = {}) {
  const form = new FormData();
  for (const file of files) form.append("files", new Blob([file.bytes]), file.name);
  return handleIngestUpload(new Request("http://localhost/api/ingest/upload", { method: "POST", body: form, headers }), userId, PER_FILE);
}

async function refusal(response: Response) {
  return { status: response.status, ...((await response.json()) as { error: { code: string; message: string } }).error };
}

describe("ingest upload", () => {
  it("starts one upload run for the signed-in person's files", async () => {
    const ada = await person("ada");
    const response = await post(ada.id, [
      { name: "a.bib", bytes: bib("a") },
      { name: "b.bib", bytes: bib("b") },
    ]);
    expect(response.status).toBe(201);
    const { runId } = (await response.json()) as { runId: string };
    expect(await db().ingestRun.findUniqueOrThrow({ where: { id: runId } })).toMatchObject({ source: "upload", createdById: ada.id });
  });

  it("refuses anonymous, cross-site and non-multipart uploads", async () => {
    const ada = await person("ada");
    expect(await refusal(await post(null, [{ name: "a.bib", bytes: bib("a") }]))).toMatchObject({ status: 401 });
    expect(await refusal(await post(ada.id, [{ name: "a.bib", bytes: bib("a") }], { origin: "https://evil.example" }))).toMatchObject({ status: 403 });
    const json = new Request("http://localhost/api/ingest/upload", { method: "POST", body: "{}", headers: { "content-type": "application/json" } });
    expect(await refusal(await handleIngestUpload(json, ada.id, PER_FILE))).toMatchObject({
      status: 400,
      message: expect.stringMatching(/multipart\/form-data/),
    });
  });

  it("names the file that is too large or empty, and the total when the request is", async () => {
    const ada = await person("ada");
    const runs = await db().ingestRun.count({ where: { createdById: ada.id } });
    const big = { name: "big.pdf", bytes: new Uint8Array(PER_FILE + 1) };
    expect(await refusal(await post(ada.id, [big]))).toMatchObject({
      status: 413,
      message: "big.pdf is 1 KB; the limit is 1 KB per file. Nothing was imported.",
    });
    expect(await refusal(await post(ada.id, [{ name: "empty.bib", bytes: new Uint8Array() }]))).toMatchObject({
      status: 400,
      message: "empty.bib is empty. Nothing was imported.",
    });
    expect(await refusal(await post(ada.id, []))).toMatchObject({ status: 400, message: "Choose at least one file to import." });
    const whole = Array.from({ length: 3 }, (_, i) => ({ name: `${i}.bib`, bytes: new Uint8Array(PER_FILE) }));
    expect(await refusal(await post(ada.id, whole))).toMatchObject({ status: 413, message: expect.stringMatching(/larger than 2 KB in total/) });
    expect(await db().ingestRun.count({ where: { createdById: ada.id } })).toBe(runs);
  });
});
