/** Run `task` when the browser is idle (within `timeoutMs` at the latest); returns a function that cancels it. */
export function whenIdle(task: () => void, timeoutMs = 3000): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const id = window.requestIdleCallback(task, { timeout: timeoutMs });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(task, Math.min(timeoutMs, 1500));
  return () => window.clearTimeout(id);
}
