/** Runs once when a server instance boots: fail fast on bad configuration rather than on the first request. */
export async function register() {
  await import("./env");
}
