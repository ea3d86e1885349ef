// Image build step (Dockerfile, build stage): the worker side of the image — worker, ingest/reindex CLIs,
// migrations and the admin CLI — bundled with esbuild into OUT/dist/*.mjs, plus exactly the npm packages
// those bundles import (OUT/node_modules). The web side ships as Next's standalone output; together they
// replace a 1.3 GB node_modules with what the processes load.
//
//   tsx scripts/docker/bundle.ts OUT
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build, type Plugin } from "esbuild";
import { WEB_NODE_OPTIONS, WORKER_NODE_OPTIONS } from "@commonplace/worker/heap";
import { findPackage, packageClosure, packageName } from "./package-closure.ts";

const root = path.resolve(import.meta.dirname, "../..");
const out = path.resolve(process.argv[2] ?? "");
if (!process.argv[2]) throw new Error("Usage: tsx scripts/docker/bundle.ts <output folder>");

const entries = {
  worker: "apps/worker/src/main.ts",
  ingest: "apps/worker/src/cli/ingest.ts",
  reindex: "apps/worker/src/cli/reindex.ts",
  migrate: "scripts/docker/migrate.ts",
  admin: "scripts/admin.ts",
  healthcheck: "scripts/docker/healthcheck.ts",
};

// Files the bundled code finds next to its source through import.meta.url. A bundle's import.meta.url is
// OUT/dist/<name>.mjs, so each goes where the same relative path lands (../seed, ../prisma/migrations).
const besideSource = { "apps/worker/seed": "seed", "packages/db/prisma/migrations": "prisma/migrations" };

// The image has no embedded PostgreSQL or Meilisearch (its services come from DATABASE_URL and MEILI_HOST).
// Code that can start them (the admin CLI's fallback) gets a module whose functions say so instead.
const embedded = await import("@commonplace/embedded");
const embeddedStub = Object.keys(embedded)
  .map((name) => `export function ${name}() { throw new Error("This image has no embedded PostgreSQL or Meilisearch: set DATABASE_URL and MEILI_HOST."); }`)
  .join("\n");

/** Workspace packages (TypeScript source) are bundled; packages from the root node_modules stay imports. */
const workspaceOnly: Plugin = {
  name: "workspace-only",
  setup(b) {
    b.onResolve({ filter: /^@commonplace\/embedded$/ }, () => ({ path: "embedded", namespace: "stub" }));
    b.onLoad({ filter: /.*/, namespace: "stub" }, () => ({ contents: embeddedStub, loader: "js" }));
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith("@commonplace/") || args.path.startsWith("node:")) return undefined;
      // The bundles resolve packages from OUT/node_modules, a copy of the root's. A package Node would find
      // elsewhere (a workspace's own version, nested in its node_modules) is bundled instead.
      const name = packageName(args.path);
      if (findPackage(root, args.resolveDir, name) !== path.join(root, "node_modules", name)) return undefined;
      return { path: args.path, external: true };
    });
  },
};

rmSync(out, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: entries,
  outdir: path.join(out, "dist"),
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: "linked",
  metafile: true,
  logLevel: "warning",
  plugins: [workspaceOnly],
  // Bundled CommonJS (nested packages) calls require(); ES module output has none of its own.
  banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
});

for (const [from, to] of Object.entries(besideSource)) cpSync(path.join(root, from), path.join(out, to), { recursive: true });

const imported = new Set<string>();
for (const output of Object.values(result.metafile.outputs)) {
  for (const i of output.imports) if (i.external && !i.path.startsWith("node:")) imported.add(i.path);
}
const packages = packageClosure(root, imported);
for (const dir of packages) {
  const target = path.join(out, path.relative(root, dir));
  mkdirSync(path.dirname(target), { recursive: true });
  cpSync(dir, target, { recursive: true, dereference: true, filter: (src) => !src.includes(`${path.sep}node_modules${path.sep}.cache`) });
}
// The worker's and the web process's heap caps (apps/worker/src/heap.ts), for the entrypoint to put in NODE_OPTIONS.
writeFileSync(path.join(out, "dist/node-options"), WORKER_NODE_OPTIONS + "\n");
writeFileSync(path.join(out, "dist/web-node-options"), WEB_NODE_OPTIONS + "\n");
// The bundles are ES modules; the folder's package.json says so for Node.
writeFileSync(path.join(out, "package.json"), JSON.stringify({ name: "commonplace-runtime", private: true, type: "module" }, null, 2) + "\n");
if (!existsSync(path.join(out, "dist/worker.mjs"))) throw new Error("bundle: worker.mjs was not written");
const version = (JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { version: string }).version;
console.log(`bundled ${Object.keys(entries).length} entry points (v${version}); ${packages.length} npm packages copied`);
