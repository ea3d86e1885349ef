// Runs inside a worker thread started by sandbox.ts (through pdf-thread.mjs): parses one PDF and posts the outcomes back.
// Whatever pdf.js does with a hostile file (deep object graphs, huge images, endless content streams)
// happens in this thread's own heap, which the parent caps and terminates on a deadline.
import { parentPort, workerData } from "node:worker_threads";
import { parsePdf } from "@commonplace/formats";

const { bytes, name } = workerData as { bytes: Uint8Array; name: string };
const outcomes = await parsePdf(bytes, name);
parentPort!.postMessage(outcomes);
