import { describe, expect, it } from "vitest";
import { annotationsToMarkdown } from "./markdown-export.ts";
import type { AnnotationExportInput } from "./types.ts";

const base = {
  paperId: "p1",
  paperUrl: "https://commonplace.example/papers/p1",
  updatedAt: "2024-05-03T00:00:00Z",
};
const ann = (over: Partial<AnnotationExportInput> & { id: string }): AnnotationExportInput => ({
  ...base,
  body: "",
  author: { name: "Ada Lovelace", handle: "ada" },
  createdAt: "2024-05-01T09:00:00Z",
  ...over,
});

describe("annotationsToMarkdown", () => {
  it("writes the title, each highlight as a blockquote with its comment, and threaded replies", () => {
    const md = annotationsToMarkdown({ title: "Attention Is All You Need", url: "https://arxiv.org/abs/1706.03762", authors: ["A. Vaswani", "N. Shazeer"] }, [
      ann({ id: "b", start: 500, quote: "second passage", body: "Later note.", createdAt: "2024-05-02T00:00:00Z" }),
      ann({ id: "a", start: 10, quote: "The dominant *sequence* models\nare recurrent", body: "Key claim.\n\nSecond paragraph.", color: "yellow" }),
      ann({ id: "r2", parentId: "a", body: "Replying to Bob", author: { name: "Ada Lovelace", handle: "ada" }, createdAt: "2024-05-04T00:00:00Z" }),
      ann({ id: "r1", parentId: "a", body: "Agreed,\nstrongly.", author: { name: "Bob", handle: "bob" }, createdAt: "2024-05-03T00:00:00Z" }),
      ann({ id: "r3", parentId: "r1", body: "Me too", author: { name: "Eve", handle: "eve" }, createdAt: "2024-05-05T00:00:00Z" }),
    ]);
    expect(md).toBe(
      [
        "# Attention Is All You Need",
        "",
        "A. Vaswani, N. Shazeer",
        "",
        "<https://arxiv.org/abs/1706.03762>",
        "",
        "5 annotations",
        "",
        "---",
        "",
        "> The dominant \\*sequence\\* models",
        "> are recurrent",
        "",
        "**Ada Lovelace** (@ada) · 2024-05-01 · yellow",
        "",
        "Key claim.",
        "",
        "Second paragraph.",
        "",
        "- **Bob** (@bob) · 2024-05-03",
        "",
        "  Agreed,",
        "  strongly.",
        "",
        "  - **Eve** (@eve) · 2024-05-05",
        "",
        "    Me too",
        "",
        "- **Ada Lovelace** (@ada) · 2024-05-04",
        "",
        "  Replying to Bob",
        "",
        "---",
        "",
        "> second passage",
        "",
        "**Ada Lovelace** (@ada) · 2024-05-02",
        "",
        "Later note.",
        "",
      ].join("\n"),
    );
  });

  it("handles an empty export, bare highlights and replies whose parent is missing", () => {
    expect(annotationsToMarkdown({ title: "T" }, [])).toBe("# T\n\n0 annotations\n");
    const md = annotationsToMarkdown({ title: "T" }, [
      ann({ id: "h", quote: "just highlighted", start: 1 }),
      ann({ id: "x", parentId: "gone", body: "orphan reply" }),
    ]);
    expect(md).toContain("> just highlighted\n\n**Ada Lovelace** (@ada) · 2024-05-01\n\n---");
    expect(md).toContain("*Reply to an annotation not included in this export.*\n\n**Ada Lovelace** (@ada) · 2024-05-01\n\norphan reply\n");
  });

  it("survives reply cycles in bad data", () => {
    const md = annotationsToMarkdown({ title: "T" }, [ann({ id: "a", parentId: "b", body: "A" }), ann({ id: "b", parentId: "a", body: "B" })]);
    expect(md).toContain("2 annotations");
    expect(md).toContain("\nA\n");
    expect(md).toContain("\n  B\n");
  });
});
