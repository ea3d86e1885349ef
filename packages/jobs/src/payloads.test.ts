import { describe, expect, it } from "vitest";
import { JOB, PAYLOADS, QUEUES } from "../src/index.ts";

describe("job payloads", () => {
  it("accept the three ingest inputs and reject malformed ones", () => {
    const schema = PAYLOADS[JOB.ingestRun];
    expect(schema.safeParse({ runId: "r1", input: { kind: "uploads" } }).success).toBe(true);
    expect(schema.safeParse({ runId: "r1", input: { kind: "identifiers", identifiers: ["2401.01234", " 10.1145/1 "] } }).data?.input).toEqual({
      kind: "identifiers",
      identifiers: ["2401.01234", "10.1145/1"],
    });
    expect(schema.safeParse({ runId: "r1", input: { kind: "paths", paths: ["/data/x.jsonl"] } }).success).toBe(true);
    expect(schema.safeParse({ runId: "r1", input: { kind: "identifiers", identifiers: [] } }).success).toBe(false);
    expect(schema.safeParse({ runId: 42, input: { kind: "uploads" } }).success).toBe(false);
    expect(schema.safeParse({ runId: "r1", input: { kind: "bytes", data: "…" } }).success).toBe(false);
  });

  it("every job has queue settings", () => {
    for (const name of Object.values(JOB)) expect(QUEUES[name]).toBeDefined();
  });
});
