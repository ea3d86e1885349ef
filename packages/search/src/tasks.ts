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
 * Meilisearch refused the documents of this task (an invalid id or field: error type `invalid_request`), as
 * opposed to failing as a whole (a full disk, an internal error) or the task being canceled.
 */
export function isRefusedDocuments(error: unknown): error is SearchTaskError {
  return error instanceof SearchTaskError && error.task.error?.type === "invalid_request";
}

/**
 * Enqueue, wait, and throw unless the task succeeded. Callers (the worker's outbox) rely on
 * "resolved ⇒ applied": a failed or canceled task must never look like success.
 */
export async function runTask(client: SearchClient, enqueued: EnqueuedTaskPromise, what: string): Promise<Task> {
  const { taskUid } = await enqueued;
  return awaitTask(client, taskUid, what);
}

/** First and longest pause between two status requests of awaitTask. */
const TASK_POLL_MS = { first: 25, max: 500 };
/** However busy Meilisearch's queue, a task not done after this many MEILI_TASK_TIMEOUT_MS is given up on (20 min by default). */
const TASK_MAX_WAIT_FACTOR = 20;

/**
 * Wait for a task enqueued earlier (by uid) and throw unless it succeeded; see runTask. It asks for the
 * task's status at growing intervals (25 ms, then ×1.5 up to 500 ms): a bulk ingest keeps a dozen tasks of
 * tens of seconds each in flight, and meilisearch-js's waitTask polled each every 25 ms (hundreds of
 * requests a second for Meilisearch to answer while it indexes). A task still enqueued or processing is
 * waited on behind its queue, up to TASK_MAX_WAIT_FACTOR × MEILI_TASK_TIMEOUT_MS; a status request
 * unanswered within MEILI_TASK_TIMEOUT_MS (Meilisearch unreachable or hung) fails the wait at once.
 */
export async function awaitTask(client: SearchClient, taskUid: number, what: string): Promise<Task> {
  const giveUpAt = Date.now() + TASK_MAX_WAIT_FACTOR * client.taskTimeoutMs;
  let pause = TASK_POLL_MS.first;
  for (;;) {
    const task = await client.meili.tasks.getTask(taskUid, { signal: AbortSignal.timeout(client.taskTimeoutMs) });
    if (task.status === "succeeded") return task;
    if (task.status !== "enqueued" && task.status !== "processing") throw new SearchTaskError(task, what);
    if (Date.now() >= giveUpAt) throw new SearchTaskTimeoutError(task, what, TASK_MAX_WAIT_FACTOR * client.taskTimeoutMs);
    await new Promise((resolve) => setTimeout(resolve, pause));
    pause = Math.min(TASK_POLL_MS.max, pause * 1.5);
  }
}

/** A task still queued or running after awaitTask's longest wait: Meilisearch is answering but stuck (not a rejected document). */
class SearchTaskTimeoutError extends Error {
  constructor(task: Task, what: string, waitedMs: number) {
    super(`Meilisearch task ${task.uid} (${what}) still ${task.status} after ${Math.round(waitedMs / 1000)} s`);
    this.name = "SearchTaskTimeoutError";
  }
}
