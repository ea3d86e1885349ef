/**
 * Runs once when a server instance boots: the whole server configuration (the API's, which runs in this
 * process) is validated now, so a missing or invalid variable stops the server before it takes a request.
 */
export async function register() {
  // Next's documented switch (a build-time constant, not configuration): the Node-only import must be
  // behind it, or it is compiled for the edge runtime too.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./instrumentation-node");
}
