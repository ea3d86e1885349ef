import { describe, expect, it } from "vitest";
import { findArxivIdInText, normalizeDoi, parseIdentifier, splitIdentifiers } from "../src/index.ts";

describe("parseIdentifier", () => {
  it.each([
    ["2401.01234", { kind: "arxiv", id: "2401.01234" }],
    ["2401.01234v3", { kind: "arxiv", id: "2401.01234", version: 3 }],
    ["0704.0001", { kind: "arxiv", id: "0704.0001" }],
    ["arXiv:2401.01234", { kind: "arxiv", id: "2401.01234" }],
    ["arxiv: 1706.03762v7", { kind: "arxiv", id: "1706.03762", version: 7 }],
    ["hep-th/9901001v2", { kind: "arxiv", id: "hep-th/9901001", version: 2 }],
    ["math.GT/0309136", { kind: "arxiv", id: "math.GT/0309136" }],
    ["https://arxiv.org/abs/2401.01234v2", { kind: "arxiv", id: "2401.01234", version: 2 }],
    ["http://arxiv.org/pdf/2401.01234v2.pdf", { kind: "arxiv", id: "2401.01234", version: 2 }],
    ["https://arxiv.org/pdf/2401.01234", { kind: "arxiv", id: "2401.01234" }],
    ["arxiv.org/abs/hep-th/9711200", { kind: "arxiv", id: "hep-th/9711200" }],
    ["https://export.arxiv.org/abs/math.GT/0309136v1", { kind: "arxiv", id: "math.GT/0309136", version: 1 }],
    ["10.48550/arXiv.2401.01234", { kind: "arxiv", id: "2401.01234" }],
    ["https://doi.org/10.48550/arXiv.1706.03762", { kind: "arxiv", id: "1706.03762" }],
    ["10.48550/arXiv.math.GT/0309136", { kind: "arxiv", id: "math.GT/0309136" }],
    ["10.1000/xyz", { kind: "doi", doi: "10.1000/xyz" }],
    ["doi:10.1109/CVPR.2016.90", { kind: "doi", doi: "10.1109/cvpr.2016.90" }],
    ["DOI: 10.1038/nature14539", { kind: "doi", doi: "10.1038/nature14539" }],
    ["https://doi.org/10.1145/3292500.3330701", { kind: "doi", doi: "10.1145/3292500.3330701" }],
    ["http://dx.doi.org/10.1023/A:1026654312961", { kind: "doi", doi: "10.1023/a:1026654312961" }],
    ["https://doi.org/10.1002%2F%28SICI%291097-0258", { kind: "doi", doi: "10.1002/(sici)1097-0258" }],
    ["(10.1000/xyz).", { kind: "doi", doi: "10.1000/xyz" }],
  ])("%s", (input, expected) => {
    expect(parseIdentifier(input)).toEqual(expected);
  });

  it.each(["", "hello", "2413.01234", "12345.6789", "10.12/x", "arXiv:", "https://example.com/abs/2401.01234", "2401.01234v0"])("rejects %j", (input) => {
    expect(parseIdentifier(input)).toBeNull();
  });
});

describe("splitIdentifiers", () => {
  it("splits a pasted blob and keeps order, dropping duplicates and punctuation", () => {
    const blob = "arXiv: 2401.01234, 10.1000/xyz;\nhttps://arxiv.org/abs/1706.03762v7 \t doi: 10.1038/nature14539.\n2401.01234,";
    expect(splitIdentifiers(blob)).toEqual(["arXiv:2401.01234", "10.1000/xyz", "https://arxiv.org/abs/1706.03762v7", "doi:10.1038/nature14539", "2401.01234"]);
    expect(splitIdentifiers(blob).map((c) => parseIdentifier(c)?.kind)).toEqual(["arxiv", "doi", "arxiv", "doi", "arxiv"]);
  });
  it("returns [] for blank input", () => {
    expect(splitIdentifiers(" \n ,, ")).toEqual([]);
  });
});

describe("helpers", () => {
  it("normalizeDoi strips prefixes and rejects non-DOIs", () => {
    expect(normalizeDoi("https://dx.doi.org/10.1109/CVPR.2016.90")).toBe("10.1109/cvpr.2016.90");
    expect(normalizeDoi("not a doi")).toBeNull();
  });
  it("findArxivIdInText finds ids in citation strings", () => {
    expect(findArxivIdInText("arXiv preprint arXiv:1810.04805")).toEqual({ id: "1810.04805" });
    expect(findArxivIdInText("see http://arxiv.org/abs/hep-th/9711200v3 for details")).toEqual({ id: "hep-th/9711200", version: 3 });
    expect(findArxivIdInText("nothing here")).toBeNull();
  });
});
