import { describe, expect, it } from "vitest";
import { mergeBoxes } from "./text-layer-dom";

describe("mergeBoxes", () => {
  it("joins the boxes of one line that touch or nearly touch, and keeps lines apart", () => {
    const line1 = [
      { left: 10, top: 100, width: 40, height: 12 },
      { left: 52, top: 100.5, width: 30, height: 12 }, // a word after a narrow space
      { left: 120, top: 100, width: 20, height: 12 }, // far along the line: its own box
    ];
    const line2 = [{ left: 10, top: 114, width: 60, height: 12 }];
    expect(mergeBoxes([...line2, ...line1])).toEqual([
      { left: 10, top: 100, width: 72, height: 12.5 },
      { left: 120, top: 100, width: 20, height: 12 },
      { left: 10, top: 114, width: 60, height: 12 },
    ]);
  });

  it("drops empty boxes (collapsed ranges at span edges)", () => {
    expect(mergeBoxes([{ left: 5, top: 5, width: 0, height: 12 }])).toEqual([]);
  });
});
