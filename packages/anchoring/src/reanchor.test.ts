import { expect, it, describe as suite } from "vitest";
import { describe } from "./describe.ts";
import { reanchorAll } from "./reanchor.ts";

const V1 = [
  "We introduce Sparrow, a retrieval model for scientific papers.",
  "Sparrow indexes full text and answers questions with citations.",
  "On the SciQA benchmark it improves recall by nine points.",
  "We release code and weights under an open licence.",
].join("\n");

const V2 = [
  "We introduce Sparrow, a retrieval model for scientific papers.",
  "This version adds an ablation study and fixes a bug in evaluation.",
  "Sparrow indexes the full text and answers questions with citations.",
  "We release code and weights under an open licence.",
].join("\n");

function at(text: string, quote: string) {
  const start = text.indexOf(quote);
  return describe(text, start, start + quote.length);
}

suite("reanchorAll", () => {
  it("re-anchors, flags and orphans — and never drops an annotation", () => {
    const annotations = [
      { id: "a", selector: at(V1, "a retrieval model for scientific papers") },
      { id: "b", selector: at(V1, "answers questions with citations") },
      { id: "c", selector: at(V1, "Sparrow indexes full text and answers") },
      { id: "d", selector: at(V1, "improves recall by nine points") },
      { id: "e", selector: at(V1, "under an open licence") },
    ];
    const out = reanchorAll(V1, V2, annotations);
    expect(out.map((o) => o.id)).toEqual(["a", "b", "c", "d", "e"]);
    const by = Object.fromEntries(out.map((o) => [o.id, o]));

    // Same offsets, but its suffix now reads differently: fresh selectors to persist.
    expect(by.a).toMatchObject({ status: "ANCHORED", changed: true, result: { start: V1.indexOf("a retrieval"), method: "position" } });
    expect(by.b!.status).toBe("ANCHORED");
    expect(by.b!.changed).toBe(true);
    expect(by.b!.selector[0]).toMatchObject({ exact: "answers questions with citations" });
    expect(by.c!.status).toBe("ANCHORED");
    expect(by.c!.selector[0]).toMatchObject({ exact: "Sparrow indexes the full text and answers" });
    // The SciQA sentence is gone: orphaned, with its original selectors kept for its author.
    expect(by.d!.status).toBe("ORPHANED");
    expect(by.d!.selector).toEqual(annotations[3]!.selector);
    expect(by.e!.status).toBe("ANCHORED");
    const e = by.e!.result;
    expect(e.orphan ? "" : V2.slice(e.start, e.end)).toBe("under an open licence");
  });

  it("recovers a quote for position-only selectors from the old text", () => {
    const start = V1.indexOf("We release code");
    const [out] = reanchorAll(V1, V2, [{ id: "p", selector: [{ type: "TextPositionSelector", start, end: start + 15 }] }]);
    expect(out!.status).toBe("ANCHORED");
    expect(out!.selector[0]).toMatchObject({ type: "TextQuoteSelector", exact: "We release code" });
    expect(out!.selector[1]).toEqual({ type: "TextPositionSelector", start: V2.indexOf("We release code"), end: V2.indexOf("We release code") + 15 });
  });

  it("works without the old text, and on unchanged text", () => {
    const selector = at(V1, "improves recall by nine points");
    expect(reanchorAll(undefined, V1, [{ id: "x", selector }])[0]).toMatchObject({ status: "ANCHORED", changed: false });
    expect(reanchorAll(V1, V1, [{ id: "x", selector }])[0]).toMatchObject({ status: "ANCHORED", changed: false });
    expect(reanchorAll(null, "", [{ id: "x", selector }])[0]).toMatchObject({ status: "ORPHANED" });
    expect(reanchorAll(V1, V2, [])).toEqual([]);
  });

  it("orphans annotations with nothing to anchor", () => {
    const [out] = reanchorAll(V1, V2, [{ id: "z", selector: [{ type: "FragmentSelector", value: "page=2" }] }]);
    expect(out).toMatchObject({ status: "ORPHANED", selector: [{ type: "FragmentSelector", value: "page=2" }] });
  });
});
