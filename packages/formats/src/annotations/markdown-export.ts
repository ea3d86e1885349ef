// A paper's annotations as a readable Markdown document: each highlight as a blockquote, its comment
// under it, replies as a nested list (threaded by parentId). Deterministic: no "exported at" stamp.
import type { AnnotationExportInput } from "./types.ts";

export interface MarkdownExportPaper {
  title: string;
  url?: string;
  authors?: readonly string[];
}

/** Escapes characters that would turn quoted paper text or names into markdown syntax. */
function escapeInline(s: string): string {
  return s.replace(/([\\`*_[\]<>#|~!])/g, "\\$1");
}

function day(d: Date | string): string {
  const date = d instanceof Date ? d : new Date(d);
  return Number.isNaN(date.getTime()) ? String(d) : date.toISOString().slice(0, 10);
}

function byline(a: AnnotationExportInput): string {
  const color = a.color && !a.parentId ? ` · ${escapeInline(a.color)}` : "";
  return `**${escapeInline(a.author.name)}** (@${escapeInline(a.author.handle)}) · ${day(a.createdAt)}${color}`;
}

function indent(text: string, prefix: string): string {
  return text
    .split("\n")
    .map((line) => (line.length ? prefix + line : prefix.trimEnd()))
    .join("\n");
}

function time(d: Date | string): number {
  const t = (d instanceof Date ? d : new Date(d)).getTime();
  return Number.isNaN(t) ? 0 : t;
}

export function annotationsToMarkdown(paper: MarkdownExportPaper, annotations: readonly AnnotationExportInput[]): string {
  const ids = new Set(annotations.map((a) => a.id));
  const children = new Map<string, AnnotationExportInput[]>();
  const roots: AnnotationExportInput[] = [];
  for (const a of annotations) {
    if (a.parentId && ids.has(a.parentId)) {
      const list = children.get(a.parentId) ?? [];
      list.push(a);
      children.set(a.parentId, list);
    } else {
      roots.push(a); // includes replies whose parent is not exported: shown on their own
    }
  }
  const byTime = (x: AnnotationExportInput, y: AnnotationExportInput) => time(x.createdAt) - time(y.createdAt);
  roots.sort((x, y) => (x.start ?? Number.MAX_SAFE_INTEGER) - (y.start ?? Number.MAX_SAFE_INTEGER) || byTime(x, y));

  const out: string[] = [`# ${escapeInline(paper.title)}`, ""];
  if (paper.authors?.length) out.push(escapeInline(paper.authors.join(", ")), "");
  if (paper.url) out.push(`<${paper.url}>`, "");
  out.push(`${annotations.length} annotation${annotations.length === 1 ? "" : "s"}`, "");

  const printed = new Set<string>();
  const replies = (parentId: string, depth: number): string[] => {
    const lines: string[] = [];
    for (const r of (children.get(parentId) ?? []).sort(byTime)) {
      if (printed.has(r.id)) continue; // a cycle in bad data must not loop forever
      printed.add(r.id);
      const pad = "  ".repeat(depth);
      lines.push(`${pad}- ${byline(r)}`);
      if (r.body.trim()) lines.push("", indent(r.body.trim(), `${pad}  `), "");
      lines.push(...replies(r.id, depth + 1));
    }
    return lines;
  };

  // Replies caught in a parent cycle (bad data) are reachable from no root: list them as roots too.
  for (const a of [...roots, ...annotations.filter((x) => !roots.includes(x))]) {
    if (printed.has(a.id)) continue;
    printed.add(a.id);
    out.push("---", "");
    if (a.quote) out.push(indent(escapeInline(a.quote.trim()), "> "), "");
    else if (a.parentId) out.push("*Reply to an annotation not included in this export.*", "");
    out.push(byline(a), "");
    if (a.body.trim()) out.push(a.body.trim(), "");
    const lines = replies(a.id, 0);
    if (lines.length) out.push(...lines, "");
  }
  return (
    out
      .join("\n")
      .replace(/\n{3,}/g, "\n\n")
      .trimEnd() + "\n"
  );
}
