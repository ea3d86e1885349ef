import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Dependencies point the way the README's diagram says: apps → packages, packages never import apps, the
// web app has no business rules (it calls packages/api), only packages/search talks to Meilisearch. Read
// from the source's own import statements, so a violation fails here before anyone draws the graph.

const root = path.resolve(import.meta.dirname, "..");
const SKIP = new Set(["node_modules", ".next", "generated", "dist", ".turbo", "test-results"]);
const SOURCE = /\.(ts|tsx|mts|mjs|js)$/;
/** Tests and benchmarks may reach into other workspaces' helpers; the rules below are for what ships. */
const NOT_SHIPPED = /(\.test\.tsx?$|\/test\/|\/bench\/|\.config\.ts$|\.d\.ts$)/;

/** Lower layers never import higher ones (a package may import only packages in a lower layer). */
const LAYER: Record<string, number> = {
  "@commonplace/eslint-config": -1,
  "@commonplace/tsconfig": -1,
  "@commonplace/prisma-diff": 0,
  "@commonplace/config": 0,
  "@commonplace/anchoring": 0,
  "@commonplace/formats": 0,
  "@commonplace/ui": 0,
  "@commonplace/embedded": 0,
  "@commonplace/db": 1,
  "@commonplace/jobs": 2,
  "@commonplace/search": 2,
  "@commonplace/catalogue": 2,
  "@commonplace/api": 3,
  "@commonplace/web": 4,
  "@commonplace/worker": 4,
};
/** What the web app may not import: the data layer and its clients belong behind packages/api. */
const NOT_IN_WEB = [
  "@commonplace/db",
  "@commonplace/search",
  "@commonplace/jobs",
  "@commonplace/catalogue",
  "@commonplace/embedded",
  "pg",
  "pg-boss",
  "meilisearch",
  "@prisma/client",
  "@prisma/adapter-pg",
];

interface Workspace {
  name: string;
  dir: string;
  exports: Record<string, unknown>;
}

function workspaces(): Workspace[] {
  const globs = (JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { workspaces: string[] }).workspaces;
  return globs.flatMap((glob) => {
    const parent = path.join(root, glob.replace(/\/\*$/, ""));
    return readdirSync(parent)
      .map((entry) => path.join(parent, entry))
      .filter((dir) => existsSync(path.join(dir, "package.json")))
      .map((dir) => {
        const pkg = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { name: string; exports?: Record<string, unknown> };
        return { name: pkg.name, dir, exports: pkg.exports ?? {} };
      });
  });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : sourceFiles(full);
    return SOURCE.test(entry.name) ? [full] : [];
  });
}

interface Import {
  from: Workspace;
  file: string;
  specifier: string;
  shipped: boolean;
}

function importsOf(ws: Workspace): Import[] {
  return sourceFiles(ws.dir).flatMap((file) => {
    const rel = path.relative(root, file);
    const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    return importedFiles.map((f) => ({ from: ws, file: rel, specifier: f.fileName, shipped: !NOT_SHIPPED.test(`/${rel}`) }));
  });
}

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
const packageOf = (specifier: string) =>
  specifier
    .split("/")
    .slice(0, specifier.startsWith("@") ? 2 : 1)
    .join("/");

const all = workspaces();
const byName = new Map(all.map((ws) => [ws.name, ws]));
const imports = all.flatMap(importsOf);
const shipped = imports.filter((i) => i.shipped);
const show = (list: Import[]) => list.map((i) => `${i.file} imports ${i.specifier}`);

describe("dependencies point the way the README's diagram says", () => {
  it("knows every workspace's layer", () => {
    expect(all.map((ws) => ws.name).filter((name) => !(name in LAYER))).toEqual([]);
  });

  it("imports only workspaces in a lower layer (apps → packages; packages never import apps)", () => {
    const upward = shipped.filter((i) => {
      const to = byName.get(packageOf(i.specifier));
      return to && to !== i.from && (LAYER[to.name] ?? 0) >= (LAYER[i.from.name] ?? 0);
    });
    expect(show(upward)).toEqual([]);
  });

  it("keeps packages out of apps in tests too", () => {
    const apps = all.filter((ws) => LAYER[ws.name] === 4);
    const intoApps = imports.filter(
      (i) =>
        LAYER[i.from.name] !== 4 &&
        (apps.some((app) => app.name === packageOf(i.specifier)) ||
          (i.specifier.startsWith(".") && apps.some((app) => path.resolve(root, path.dirname(i.file), i.specifier).startsWith(app.dir + path.sep)))),
    );
    expect(show(intoApps)).toEqual([]);
  });

  it("the worker does not import the API: what both need lives in a package below them", () => {
    expect(show(shipped.filter((i) => i.from.name === "@commonplace/worker" && packageOf(i.specifier) === "@commonplace/api"))).toEqual([]);
  });

  it("the web app has no business rules: no data layer, no database or search client", () => {
    expect(show(shipped.filter((i) => i.from.name === "@commonplace/web" && NOT_IN_WEB.includes(packageOf(i.specifier))))).toEqual([]);
  });

  it("only packages/search talks to Meilisearch", () => {
    expect(show(shipped.filter((i) => packageOf(i.specifier) === "meilisearch" && i.from.name !== "@commonplace/search"))).toEqual([]);
  });

  it("shipped code reaches another workspace only through its package name, never a relative path", () => {
    const escaping = shipped.filter(
      (i) => i.specifier.startsWith(".") && !path.resolve(root, path.dirname(i.file), i.specifier).startsWith(i.from.dir + path.sep),
    );
    expect(show(escaping)).toEqual([]);
  });

  it("every export of every workspace points to a file that exists", () => {
    const targets = all.flatMap((ws) =>
      Object.entries(ws.exports)
        .filter((entry): entry is [string, string] => typeof entry[1] === "string")
        .map(([key, target]) => ({ name: `${ws.name}${key.slice(1)}`, file: path.join(ws.dir, target) })),
    );
    expect(targets.filter((t) => !existsSync(t.file)).map((t) => `${t.name} → ${path.relative(root, t.file)}`)).toEqual([]);
  });
});
