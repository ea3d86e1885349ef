import { Worker } from "node:worker_threads";
import type { ParseOutcome } from "@commonplace/formats";

const fail = (error: string, ref: string): ParseOutcome => ({ ok: false, error, ref });

/**
 * PDF parsing with limits that keep the worker alive. pdf.js runs in a worker thread whose V8 heap is
 * capped (resourceLimits) and which is terminated after a deadline: a PDF bomb fails its own import item
 * ("too large to parse" / "took too long") instead of taking the worker process down or holding it for minutes.
 */
export const PDF_LIMITS = { heapMb: 160, youngMb: 16, timeoutMs: 30_000 } as const;

export function parsePdfIsolated(
  bytes: Uint8Array,
  name: string,
  limits: { heapMb: number; youngMb: number; timeoutMs: number } = PDF_LIMITS,
): Promise<ParseOutcome[]> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL("./pdf-thread.mjs", import.meta.url), {
      workerData: { bytes, name },
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: limits.youngMb, stackSizeMb: 4 },
      stdout: true,
      stderr: true,
    });
    let settled = false;
    const settle = (outcomes: ParseOutcome[]) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(outcomes);
    };
    const timer = setTimeout(
      () => settle([fail(`PDF took longer than ${Math.round(limits.timeoutMs / 1000)} s to read; it was stopped`, name)]),
      limits.timeoutMs,
    );
    worker.once("message", (outcomes: ParseOutcome[]) => settle(outcomes));
    worker.once("error", (error: Error & { code?: string }) =>
      settle([
        fail(
          error.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? `PDF needs more than ${limits.heapMb} MB to read; it was stopped`
            : `Could not read PDF: ${error.message}`,
          name,
        ),
      ]),
    );
    worker.once("exit", (code) => settle([fail(`Could not read PDF (the reader stopped with code ${code})`, name)]));
  });
}
