// Fresh-clone smoke of `npm start`, run by .ci/run before anything is installed or built: the very first
// command a new user types. Node built-ins only (nothing is installed yet when it starts).
//   node scripts/ci/smoke-start.mjs [--cwd DIR]
// Free ports and a temporary data directory; waits for /api/health 200, checks that the sign-in page
// renders and that the bundled digest's 49 papers are searchable, then Ctrl-C (SIGINT to the launcher's
// process group, as a terminal does) and checks for exit 0 and that no process of the run is left.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { childPids, cmdline, processesMentioning } from "./processes.mjs";

const cwdFlag = process.argv.indexOf("--cwd");
const root = cwdFlag > 0 ? path.resolve(process.argv[cwdFlag + 1]) : path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const DIGEST_PAPERS = 49;
const say = (m) => process.stdout.write(`[smoke] ${m}\n`);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function poll(what, timeoutMs, check) {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer";
  while (Date.now() < deadline) {
    try {
      const result = await check();
      if (result.ok) return result.value;
      last = result.last;
    } catch (error) {
      last = error.message;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`${what}: not reached within ${timeoutMs / 1000} s (last: ${last})`);
}

// A data directory that does not exist yet, as `.data` does not in a fresh clone.
const scratch = mkdtempSync(path.join(os.tmpdir(), "commonplace-smoke-"));
const dataDir = path.join(scratch, "data");
const ports = { PORT: await freePort(), PG_PORT: await freePort(), MEILI_PORT: await freePort() };
const base = `http://127.0.0.1:${ports.PORT}`;
say(`npm start in ${path.basename(root)} (ports ${Object.values(ports).join(", ")})`);
const started = Date.now();
const launcher = spawn("npm", ["start"], {
  cwd: root,
  env: { ...process.env, DATA_DIR: dataDir, ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])) },
  stdio: ["ignore", "inherit", "inherit"],
  detached: true, // its own process group, so the last-resort SIGKILL below reaches everything it started
});
const exited = new Promise((resolve) => launcher.once("exit", (code, signal) => resolve({ code, signal })));
let failure;
try {
  await Promise.race([
    poll("/api/health 200", 30 * 60_000, async () => {
      const response = await fetch(`${base}/api/health`);
      return { ok: response.status === 200, last: `${response.status} ${await response.text()}` };
    }),
    exited.then(({ code }) => {
      throw new Error(`npm start exited (code ${code}) before /api/health answered`);
    }),
  ]);
  say(`healthy after ${Math.round((Date.now() - started) / 1000)} s`);
  const signIn = await fetch(`${base}/sign-in`);
  const html = await signIn.text();
  if (signIn.status !== 200 || !/<form/i.test(html) || !/password/i.test(html))
    throw new Error(`/sign-in did not render a sign-in form (status ${signIn.status})`);
  say("the sign-in page renders");
  const total = await poll(`${DIGEST_PAPERS} digest papers searchable`, 180_000, async () => {
    const response = await fetch(`${base}/api/v1/papers/search?q=&limit=1`);
    const body = await response.json();
    return { ok: body.total === DIGEST_PAPERS, value: body.total, last: `${response.status} total=${body.total}` };
  });
  const probe = await (await fetch(`${base}/api/v1/papers/search?q=${encodeURIComponent("data-free distillation diffusion")}&limit=5`)).json();
  if (!probe.hits?.some((hit) => /BOOT/.test(hit.title))) throw new Error("a digest paper (BOOT) is not found by a keyword search");
  say(`${total} papers searchable`);
} catch (error) {
  failure = error;
}

// Ctrl-C: SIGINT to the launcher (npm passes its exit code on). Not to npm's whole group: npm itself then
// dies of the signal (exit 130) whatever the launcher does, which says nothing about Commonplace.
const descendants = [launcher.pid];
for (let i = 0; i < descendants.length; i++) descendants.push(...childPids(descendants[i]));
const launcherPid = descendants.findLast((pid) => /node\S* scripts\/start\.mjs/.test(cmdline(pid)));
const send = (pid, sig) => {
  try {
    process.kill(pid, sig);
  } catch {
    // exited already
  }
};
send(launcherPid ?? launcher.pid, "SIGINT");
const timeout = setTimeout(() => send(-launcher.pid, "SIGKILL"), 60_000);
const { code, signal } = await exited;
clearTimeout(timeout);
await new Promise((r) => setTimeout(r, 1000));
const left = processesMentioning(dataDir).map((p) => `${p.pid}: ${p.cmdline}`);
rmSync(scratch, { recursive: true, force: true });
if (!failure && code !== 0) failure = new Error(`npm start exited with ${code ?? signal} after Ctrl-C (expected 0)`);
if (!failure && left.length) failure = new Error(`processes left running after Ctrl-C:\n${left.join("\n")}`);
if (failure) {
  process.stderr.write(`[smoke] ✗ ${failure.message}\n`);
  process.exit(1);
}
say(
  `✓ npm start on a fresh clone: healthy, sign-in renders, ${DIGEST_PAPERS} papers searchable, Ctrl-C → exit 0, nothing left (${Math.round((Date.now() - started) / 1000)} s)`,
);
