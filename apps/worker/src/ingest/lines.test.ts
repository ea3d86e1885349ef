import { describe, expect, it } from "vitest";
import { linesOf, planRanges } from "./lines.ts";

async function* pieces(source: string | Buffer, size: number) {
  const bytes = typeof source === "string" ? Buffer.from(source) : source;
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

const collect = async <T>(it: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
};

describe("jsonl byte ranges", () => {
  const text = "alpha\nβeta ünïcode\n\ngamma\ndelta-without-newline";

  it("reads lines with their byte end offsets and numbers, whatever the piece size", async () => {
    for (const size of [1, 3, 7, 1000]) {
      const lines = await collect(linesOf(pieces(text, size), 0, 1));
      expect(lines.map((l) => l.text)).toEqual(["alpha", "βeta ünïcode", "", "gamma", "delta-without-newline"]);
      expect(lines.map((l) => l.lineNo)).toEqual([1, 2, 3, 4, 5]);
      expect(lines.map((l) => l.end)).toEqual([6, 22, 23, 29, Buffer.byteLength(text)]);
    }
  });

  it("splits into ranges on line boundaries that cover the source exactly, and a range reads back as its lines", async () => {
    const ranges = await planRanges(pieces(text, 4), 8);
    expect(ranges[0]).toEqual({ startByte: 0, endByte: 22, startLine: 1 });
    expect(ranges.at(-1)!.endByte).toBe(Buffer.byteLength(text));
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]!.startByte).toBe(ranges[i - 1]!.endByte);
    const bytes = Buffer.from(text);
    const all = [];
    for (const r of ranges) all.push(...(await collect(linesOf(pieces(bytes.subarray(r.startByte, r.endByte), 5), r.startByte, r.startLine))));
    expect(all.map((l) => l.lineNo)).toEqual([1, 2, 3, 4, 5]);
  });

  it("an empty source is one empty range", async () => {
    expect(await planRanges(pieces("", 4), 8)).toEqual([{ startByte: 0, endByte: 0, startLine: 1 }]);
  });
});
