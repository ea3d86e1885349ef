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

/** Wait for a task enqueued earlier (by uid) and throw unless it succeeded; see runTask. */
export async function awaitTask(client: SearchClient, taskUid: number, what: string): Promise<Task> {
  const task = await client.meili.tasks.waitForTask(taskUid, { timeout: client.taskTimeoutMs });
  if (task.status !== "succeeded") throw new SearchTaskError(task, what);
  return task;
}
