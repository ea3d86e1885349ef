import { describe, expect, it } from "vitest";
import { jsonLdText } from "./json-ld-text";

describe("jsonLdText", () => {
  it("cannot be broken out of its script element, and parses back to the same data", () => {
    const data = { "@type": "Person", name: "Eve </script><script>alert(1)</script>", description: "a\u2028b <!-- c" };
    const text = jsonLdText(data);
    expect(text).not.toMatch(/<\/script|<!--|<script/i);
    expect(text).not.toContain("\u2028");
    expect(JSON.parse(text)).toEqual(data);
  });
});
