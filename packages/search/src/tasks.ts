import type { EnqueuedTaskPromise, Task } from "meilisearch";

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
