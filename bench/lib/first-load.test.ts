import { describe, expect, it } from "vitest";
import { gzipBytes, initialScripts, inlineScriptBytes } from "./first-load.ts";

describe("initialScripts", () => {
  it("collects script tags in document order, once each, and skips nomodule polyfills and preload hints", () => {
    const html = [
      `<link rel="preload" as="script" href="/_next/static/chunks/preload-only.js"/>`,
      `<script src="/_next/static/chunks/polyfills.js" noModule=""></script>`,
      `<script src="/_next/static/chunks/webpack-1.js" async=""></script>`,
      `<SCRIPT async src='/_next/static/chunks/main.js?dpl=a&amp;b=1'></SCRIPT>`,
      `<script src=/_next/static/chunks/app/page.js></script>`,
      `<script src="/_next/static/chunks/webpack-1.js" async=""></script>`,
      `<script type="application/ld+json">{"@type":"ScholarlyArticle"}</script>`,
    ].join("");
    expect(initialScripts(html)).toEqual({
      srcs: ["/_next/static/chunks/webpack-1.js", "/_next/static/chunks/main.js?dpl=a&b=1", "/_next/static/chunks/app/page.js"],
      skipped: ["/_next/static/chunks/polyfills.js"],
    });
  });

  it("adds the client chunks only the inline RSC payload names (escaped or not), after the tags", () => {
    const html = [
      `<script>self.__next_f.push([1,"3:I[4242,[\\"/_next/static/chunks/link.js\\",\\"/_next/static/chunks/main.js\\"],\\"default\\"]"])</script>`,
      `<script src="/_next/static/chunks/main.js" async></script>`,
    ].join("");
    expect(initialScripts(html).srcs).toEqual(["/_next/static/chunks/main.js", "/_next/static/chunks/link.js"]);
  });

  it("does not mistake data-src for a src attribute", () => {
    expect(initialScripts(`<script data-src="/lazy.js">const x = 1</script>`).srcs).toEqual([]);
  });
});

describe("inlineScriptBytes", () => {
  it("counts only the contents of scripts without src, in UTF-8 bytes", () => {
    expect(inlineScriptBytes(`<script src="/a.js"></script><script>ab</script><script type="x">é</script>`)).toBe(4);
  });
});

describe("gzipBytes", () => {
  it("compresses repetitive text well below its size", () => {
    const text = "const a = 1;\n".repeat(1000);
    expect(gzipBytes(text)).toBeLessThan(text.length / 20);
  });
});
