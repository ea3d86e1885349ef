import type { EnqueuedTaskPromise, Task } from "meilisearch";
import type { SearchClient } from "./client.ts";

/** A Meilisearch task that ended in any state other than `succeeded`. */
export class SearchTaskError extends Error {
  constructor(
    readonly task: Task,
    what: string,
  ) {
    const reason = task.error ? `${task.error.code}: ${task.error.message}` : `status ${task.status}`;
    super(`Meilisearch task ${task.uid} (${what}) ${task.status}: ${reason}`);
    this.name = "SearchTaskError";
  }
}

/**
 * Enqueue, wait, and throw unless the task succeeded. Callers (the worker's outbox) rely on
 * "resolved ⇒ applied": a failed or canceled task must never look like success.
 */
export async function runTask(enqueued: EnqueuedTaskPromise, what: string, timeoutMs?: number): Promise<Task> {
  const task = await enqueued.waitTask(timeoutMs === undefined ? undefined : { timeout: timeoutMs });
  if (task.status !== "succeeded") throw new SearchTaskError(task, what);
  return task;
}

/** First and longest pause between two status requests of awaitTask. */
const TASK_POLL_MS = { first: 25, max: 500 };

/**
 * Wait for a task enqueued earlier (by uid) and throw unless it succeeded; see runTask. It asks for the
 * task's status at growing intervals (25 ms, then ×1.5 up to 500 ms): a bulk ingest keeps a dozen tasks of
 * tens of seconds each in flight, and meilisearch-js's waitForTask polled each every 25 ms (hundreds of
 * requests a second for Meilisearch to answer while it indexes). A task still enqueued or processing is
 * waited on however long its queue is; only a status request that gets no answer within
 * MEILI_TASK_TIMEOUT_MS (Meilisearch unreachable or hung) fails the wait.
 */
export async function awaitTask(client: SearchClient, taskUid: number, what: string): Promise<Task> {
  let pause = TASK_POLL_MS.first;
  for (;;) {
    const task = await client.meili.tasks.getTask(taskUid, { signal: AbortSignal.timeout(client.taskTimeoutMs) });
    if (task.status === "succeeded") return task;
    if (task.status !== "enqueued" && task.status !== "processing") throw new SearchTaskError(task, what);
    await new Promise((resolve) => setTimeout(resolve, pause));
    pause = Math.min(TASK_POLL_MS.max, pause * 1.5);
  }
}
