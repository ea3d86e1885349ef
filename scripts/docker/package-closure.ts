import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

interface Manifest {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

/** Peers that only the type checker reads (@trpc/server names TypeScript as one); nothing loads them at run time. */
const typesOnly = (name: string) => name === "typescript" || name.startsWith("@types/");

/** "@scope/name/sub/path" → "@scope/name"; "name/sub" → "name". */
export function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
}

/** Node's lookup: FROM/node_modules/NAME, then each parent folder's, up to ROOT. */
export function findPackage(root: string, from: string, name: string): string | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "node_modules", name);
    if (existsSync(path.join(candidate, "package.json"))) return candidate;
    if (dir === root || dir === path.dirname(dir)) return undefined;
  }
}

/**
 * The installed folders of the packages that SPECIFIERS (imported from the repository root) need at run
 * time: each package, its dependencies and installed optional dependencies (platform binaries), and its
 * required peers — transitively, with nested copies resolved the way Node resolves them.
 */
export function packageClosure(root: string, specifiers: Iterable<string>): string[] {
  const seen = new Set<string>();
  const queue: { from: string; name: string; optional: boolean }[] = [...specifiers].map((s) => ({ from: root, name: packageName(s), optional: false }));
  while (queue.length) {
    const { from, name, optional } = queue.shift()!;
    const dir = findPackage(root, from, name);
    if (!dir) {
      if (optional) continue;
      throw new Error(`${name} (needed from ${path.relative(root, from) || "the root"}) is not installed`);
    }
    if (seen.has(dir)) continue;
    seen.add(dir);
    const manifest = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as Manifest;
    for (const dep of Object.keys(manifest.dependencies ?? {})) queue.push({ from: dir, name: dep, optional: false });
    for (const dep of Object.keys(manifest.optionalDependencies ?? {})) queue.push({ from: dir, name: dep, optional: true });
    for (const dep of Object.keys(manifest.peerDependencies ?? {})) {
      if (!manifest.peerDependenciesMeta?.[dep]?.optional && !typesOnly(dep)) queue.push({ from: dir, name: dep, optional: true });
    }
  }
  // A package folder copied whole brings its nested node_modules along.
  const dirs = [...seen].sort();
  return dirs.filter((dir) => !dirs.some((other) => other !== dir && dir.startsWith(other + path.sep)));
}
