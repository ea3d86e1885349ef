import { describe, expect, it } from "vitest";
import { findUrls, safeHref } from "./find-urls";

describe("findUrls", () => {
  it("finds http(s) and www. URLs with their offsets, leaving sentence punctuation outside", () => {
    const text = "Code is at https://github.com/org/repo-name/tree/main/a_(b). See also www.example.org, or (http://x.org/p).";
    const found = findUrls(text);
    expect(found.map((u) => text.slice(u.start, u.end))).toEqual(["https://github.com/org/repo-name/tree/main/a_(b)", "www.example.org", "http://x.org/p"]);
    expect(found[1]!.href).toBe("https://www.example.org/");
  });

  it("never links another scheme", () => {
    expect(findUrls("javascript:alert(1) data:text/html,<b>x</b> ftp://files.example.org/a")).toEqual([]);
    expect(safeHref("javascript:alert(1)")).toBeNull();
  });

  it("searches only the asked range and reports absolute offsets", () => {
    const text = "aaa https://a.org bbb https://b.org";
    expect(findUrls(text, 18).map((u) => u.href)).toEqual(["https://b.org/"]);
    expect(findUrls(text, 18)[0]!.start).toBe(22);
  });
});
