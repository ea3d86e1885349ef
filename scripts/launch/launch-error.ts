/**
 * A problem the user can fix (a port in use, no Meilisearch, a second launcher on the same data): the
 * launcher prints its message as one line (no stack) and exits 1 with nothing left running.
 */
export class LaunchError extends Error {
  override name = "LaunchError";
}
