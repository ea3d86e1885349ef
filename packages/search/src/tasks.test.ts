import { describe, expect, it } from "vitest";
import { MeilisearchRequestError, type Task } from "meilisearch";
import type { SearchClient } from "./client.ts";
import { awaitTask, SearchTaskError } from "./tasks.ts";

// awaitTask waits on while Meilisearch reports the task queued or running (a bulk ingest's last task can
// sit behind a dozen others for longer than the task timeout), asks less and less often, and fails on a
// failed task or when Meilisearch does not answer.

const task = (status: Task["status"]) => ({ uid: 7, status, error: status === "failed" ? { code: "bad", message: "no" } : null }) as unknown as Task;

/** A client whose status requests answer `statuses` in turn (a function: its call throws), noting when each was asked. */
function fakeClient(statuses: (Task | (() => never))[]): { client: SearchClient; asked: number[] } {
  const asked: number[] = [];
  const tasks = {
    async getTask(_uid: number, init?: { signal?: AbortSignal }) {
      expect(init?.signal).toBeInstanceOf(AbortSignal); // a hung Meilisearch cannot hold the wait forever
      asked.push(performance.now());
      const next = statuses.shift()!;
      return typeof next === "function" ? next() : next;
    },
  };
  return { client: { meili: { tasks }, taskTimeoutMs: 60_000 } as unknown as SearchClient, asked };
}

describe("awaitTask", () => {
  it("keeps asking while the task is enqueued or processing, at growing intervals, then returns it", async () => {
    const { client, asked } = fakeClient([task("enqueued"), task("enqueued"), task("processing"), task("processing"), task("processing"), task("succeeded")]);
    await expect(awaitTask(client, 7, "upsert")).resolves.toMatchObject({ status: "succeeded" });
    expect(asked).toHaveLength(6);
    const gaps = asked.slice(1).map((t, i) => t - asked[i]!);
    // 25, 37.5, 56, 84, 127 ms: the last pause is several times the first.
    expect(gaps[gaps.length - 1]!).toBeGreaterThan(2.5 * gaps[0]!);
  });

  it("throws SearchTaskError for a failed or canceled task", async () => {
    await expect(awaitTask(fakeClient([task("processing"), task("failed")]).client, 7, "upsert")).rejects.toBeInstanceOf(SearchTaskError);
    await expect(awaitTask(fakeClient([task("canceled")]).client, 7, "upsert")).rejects.toBeInstanceOf(SearchTaskError);
  });

  it("fails when Meilisearch does not answer the status request", async () => {
    const unreachable = () => {
      throw new MeilisearchRequestError("http://127.0.0.1:1", new Error("ECONNREFUSED"));
    };
    await expect(awaitTask(fakeClient([task("enqueued"), unreachable]).client, 7, "upsert")).rejects.toBeInstanceOf(MeilisearchRequestError);
  });
});
