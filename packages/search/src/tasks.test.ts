import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MeilisearchRequestError, type Task } from "meilisearch";
import type { SearchClient } from "./client.ts";
import { awaitTask, SearchTaskError } from "./tasks.ts";

// awaitTask waits on while Meilisearch reports the task queued or running (a bulk ingest's last task can
// sit behind a dozen others for longer than the task timeout), asks less and less often, gives up on a
// task stuck for 20 task timeouts, and fails on a failed task or when Meilisearch does not answer.

const task = (status: Task["status"]) => ({ uid: 7, status, error: status === "failed" ? { code: "bad", message: "no" } : null }) as unknown as Task;

/** A client whose status requests answer `statuses` in turn (a function: called for each answer from then on). */
function fakeClient(statuses: (Task | (() => Task))[], taskTimeoutMs = 60_000): SearchClient {
  const tasks = {
    async getTask(_uid: number, init?: { signal?: AbortSignal }) {
      expect(init?.signal).toBeInstanceOf(AbortSignal); // a hung Meilisearch cannot hold a status request forever
      const next = statuses.length > 1 ? statuses.shift()! : statuses[0]!;
      return typeof next === "function" ? next() : next;
    },
  };
  return { meili: { tasks }, taskTimeoutMs } as unknown as SearchClient;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "Date"] });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("awaitTask", () => {
  it("keeps asking while the task is enqueued or processing, pausing 25 ms and then 1.5 times longer each time", async () => {
    const pauses = vi.spyOn(globalThis, "setTimeout");
    const client = fakeClient([task("enqueued"), task("enqueued"), task("processing"), task("processing"), task("processing"), task("succeeded")]);
    const done = awaitTask(client, 7, "upsert");
    await vi.runAllTimersAsync();
    await expect(done).resolves.toMatchObject({ status: "succeeded" });
    expect(pauses.mock.calls.map((call) => call[1])).toEqual([25, 37.5, 56.25, 84.375, 126.5625]);
  });

  it("throws SearchTaskError for a failed or canceled task", async () => {
    const failed = awaitTask(fakeClient([task("processing"), task("failed")]), 7, "upsert");
    failed.catch(() => undefined);
    await vi.runAllTimersAsync();
    await expect(failed).rejects.toBeInstanceOf(SearchTaskError);
    await expect(awaitTask(fakeClient([task("canceled")]), 7, "upsert")).rejects.toBeInstanceOf(SearchTaskError);
  });

  it("gives up on a task still running after 20 task timeouts, with an error that is not a rejected document", async () => {
    const stuck = awaitTask(fakeClient([() => task("processing")], 1000), 7, "upsert");
    stuck.catch(() => undefined);
    await vi.advanceTimersByTimeAsync(19_000);
    await expect(
      Promise.race([
        stuck.then(
          () => "settled",
          () => "settled",
        ),
        Promise.resolve("pending"),
      ]),
    ).resolves.toBe("pending");
    await vi.advanceTimersByTimeAsync(2_000);
    await expect(stuck).rejects.toThrow(/still processing after 20 s/);
    await expect(stuck).rejects.not.toBeInstanceOf(SearchTaskError);
  });

  it("fails when Meilisearch does not answer the status request", async () => {
    const unreachable = () => {
      throw new MeilisearchRequestError("http://127.0.0.1:1", new Error("ECONNREFUSED"));
    };
    const done = awaitTask(fakeClient([task("enqueued"), unreachable]), 7, "upsert");
    done.catch(() => undefined);
    await vi.runAllTimersAsync();
    await expect(done).rejects.toBeInstanceOf(MeilisearchRequestError);
  });
});
