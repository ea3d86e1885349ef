import { describe, expect, it } from "vitest";
import { liveEvent } from "@commonplace/db/live";
import type { Prisma } from "@commonplace/db";
import { publishAnnotationEvent } from "./events.ts";

// Subscribers decide who may see an annotation event from its subject, without re-reading the row
// (routers/live): every annotation event must carry it, on the paper's topic and the list's.

describe("publishAnnotationEvent", () => {
  it("publishes the annotation's subject on its paper's and list's topics", async () => {
    const payloads: unknown[] = [];
    const tx = {
      $executeRaw: async (_sql: TemplateStringsArray, _channel: string, payload: string) => {
        payloads.push(JSON.parse(payload));
        return 1;
      },
    } as unknown as Prisma.TransactionClient;
    const row = { id: "a1", paperId: "p1", authorId: "u1", visibility: "TEAM" as const, teamId: "t1", listId: "l1" };
    await publishAnnotationEvent(tx, row, "annotation.created", "u1");
    const events = payloads.map((p) => liveEvent.parse(p));
    expect(events.map((e) => e.topic)).toEqual(["paper:p1", "list:l1"]);
    for (const e of events) expect(e.subject).toEqual({ authorId: "u1", visibility: "TEAM", teamId: "t1", listId: "l1" });
  });
});
