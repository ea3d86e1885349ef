import { describe, expect, it } from "vitest";
import { classifyArgument, withCircuitBreaker } from "./fetch.ts";

describe("withCircuitBreaker", () => {
  it("fails fast for a host that was unreachable once, and leaves other hosts alone", async () => {
    const calls: string[] = [];
    const flaky: typeof fetch = async (input) => {
      const url = String(input);
      calls.push(url);
      if (url.includes("down.example")) throw new TypeError("fetch failed");
      return new Response("ok");
    };
    const f = withCircuitBreaker(flaky);
    await expect(f("https://down.example/a")).rejects.toThrow("fetch failed");
    await expect(f("https://down.example/b")).rejects.toThrow(/unreachable earlier/);
    expect(await (await f("https://up.example/c")).text()).toBe("ok");
    expect(calls).toEqual(["https://down.example/a", "https://up.example/c"]);
  });

  it("does not trip on HTTP errors (the host answered)", async () => {
    let n = 0;
    const f = withCircuitBreaker(async () => (n++, new Response("no", { status: 404 })));
    await f("https://h.example/1");
    await f("https://h.example/2");
    expect(n).toBe(2);
  });
});

describe("classifyArgument", () => {
  it("tells files, identifiers, URLs and nonsense apart", () => {
    expect(classifyArgument("2401.01234v2")).toMatchObject({ kind: "identifier" });
    expect(classifyArgument("https://arxiv.org/abs/2401.01234")).toMatchObject({ kind: "identifier" });
    expect(classifyArgument("doi:10.1145/3292500.3330701")).toMatchObject({ kind: "identifier" });
    expect(classifyArgument("https://example.org/refs.bib")).toMatchObject({ kind: "url" });
    expect(classifyArgument("package.json")).toMatchObject({ kind: "file", name: "package.json" });
    expect(classifyArgument("nope")).toMatchObject({ kind: "failed" });
  });
});
