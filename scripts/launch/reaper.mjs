// The launcher's reaper: a tiny detached process (Node built-ins only) that outlives the launcher. The
// launcher writes to its stdin one line per process group it starts ("+<pgid> <signal>") or stops
// ("-<pgid>"), and "done" after an orderly shutdown. When stdin closes without "done" (the launcher was
// killed: SIGKILL, OOM, a crash), the reaper stops every group still listed, with the signal given for it,
// then SIGKILL after a grace period. So no service outlives its launcher.
import { createInterface } from "node:readline";

const GRACE_MS = 10_000;
const groups = new Map();
let done = false;

const alive = (pgid) => {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
};
const signal = (pgid, sig) => {
  try {
    process.kill(-pgid, sig);
  } catch {
    // already gone
  }
};

for (const sig of ["SIGINT", "SIGHUP", "SIGTERM"]) process.on(sig, () => undefined); // only stdin ends it
const lines = createInterface({ input: process.stdin });
lines.on("line", (line) => {
  if (line === "done") done = true;
  else if (line.startsWith("+")) {
    const [pgid, sig] = line.slice(1).split(" ");
    groups.set(Number(pgid), sig || "SIGTERM");
  } else if (line.startsWith("-")) groups.delete(Number(line.slice(1)));
});
lines.on("close", async () => {
  if (done || groups.size === 0) process.exit(0);
  for (const [pgid, sig] of groups) signal(pgid, sig);
  const deadline = Date.now() + GRACE_MS;
  while (Date.now() < deadline && [...groups.keys()].some(alive)) await new Promise((r) => setTimeout(r, 100));
  for (const pgid of groups.keys()) signal(pgid, "SIGKILL");
  process.exit(0);
});
