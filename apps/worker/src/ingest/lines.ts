// Reading .jsonl sources by byte offsets, so a file can be split into ranges that start and end on line
// boundaries, and a reader can resume at the offset committed with its last batch.

const NEWLINE = 10;

export interface Line {
  text: string;
  /** 1-based line number in the whole source. */
  lineNo: number;
  /** Byte offset just past this line's newline (where the next line starts). */
  end: number;
}

/**
 * Lines of a byte stream that starts at offset `start` (a line start, numbered `startLine`). The last
 * line may lack its newline. Text is decoded per line, so multi-byte characters never split.
 */
export async function* linesOf(chunks: AsyncIterable<Uint8Array>, start: number, startLine: number): AsyncGenerator<Line> {
  let carry = Buffer.alloc(0);
  let base = start; // offset of carry[0] (and of buffer[0] below) in the source
  let lineNo = startLine;
  for await (const chunk of chunks) {
    const buffer = carry.length ? Buffer.concat([carry, chunk]) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let from = 0;
    for (let nl = buffer.indexOf(NEWLINE, from); nl !== -1; nl = buffer.indexOf(NEWLINE, from)) {
      yield { text: buffer.toString("utf8", from, nl), lineNo: lineNo++, end: base + nl + 1 };
      from = nl + 1;
    }
    carry = Buffer.from(buffer.subarray(from));
    base += from;
  }
  if (carry.length) yield { text: carry.toString("utf8"), lineNo, end: base + carry.length };
}

export interface ByteRange {
  startByte: number;
  endByte: number;
  /** Number of the range's first line in the whole source. */
  startLine: number;
}

/** Splits a byte stream into ranges of about `size` bytes, each ending on a line boundary. */
export async function planRanges(chunks: AsyncIterable<Uint8Array>, size: number): Promise<ByteRange[]> {
  const ranges: ByteRange[] = [];
  let rangeStart = 0;
  let rangeLine = 1;
  let offset = 0;
  let line = 1;
  for await (const chunk of chunks) {
    let from = 0;
    for (let nl = chunk.indexOf(NEWLINE, from); nl !== -1; nl = chunk.indexOf(NEWLINE, from)) {
      line++;
      const end = offset + nl + 1;
      if (end - rangeStart >= size) {
        ranges.push({ startByte: rangeStart, endByte: end, startLine: rangeLine });
        rangeStart = end;
        rangeLine = line;
      }
      from = nl + 1;
    }
    offset += chunk.length;
  }
  if (offset > rangeStart || ranges.length === 0) ranges.push({ startByte: rangeStart, endByte: offset, startLine: rangeLine });
  return ranges;
}
