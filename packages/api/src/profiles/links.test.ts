import { describe, expect, it } from "vitest";
import { orcidChecksumOk, profileUpdateInput } from "./links.ts";

const parse = (fields: Record<string, unknown>) => profileUpdateInput.safeParse({ name: "Ada Lovelace", ...fields });
const errorsOf = (fields: Record<string, unknown>) => {
  const r = parse(fields);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("profile links", () => {
  it("checks ORCID iDs by their check digit", () => {
    expect(orcidChecksumOk("0000-0002-1825-0097")).toBe(true);
    expect(orcidChecksumOk("0000-0002-9079-593X")).toBe(true);
    expect(orcidChecksumOk("0000-0002-1825-0098")).toBe(false);
  });

  it("normalises pasted links to one form", () => {
    const r = parse({ orcid: "https://orcid.org/0000-0002-9079-593x", github: "https://github.com/octo-cat/", website: "example.org/me" });
    expect(r.success && r.data).toMatchObject({ orcid: "0000-0002-9079-593X", github: "octo-cat", website: "https://example.org/me" });
    expect(parse({ github: "@octocat" }).data?.github).toBe("octocat");
  });

  it("clears empty fields and refuses malformed ones with a readable message", () => {
    expect(parse({ bio: "  ", website: "", orcid: null, github: undefined }).data).toEqual({
      name: "Ada Lovelace",
      bio: null,
      website: null,
      orcid: null,
      github: null,
    });
    expect(errorsOf({ orcid: "0000-0002-1825-0098" }).orcid).toMatch(/check digit/);
    expect(errorsOf({ orcid: "1234" }).orcid).toMatch(/looks like/);
    expect(errorsOf({ github: "bad--name" }).github).toMatch(/GitHub username/);
    expect(errorsOf({ website: "javascript:alert(1)" }).website).toMatch(/web address/);
    expect(errorsOf({ bio: "x".repeat(1001) }).bio).toMatch(/under 1000/);
    expect(errorsOf({ name: "<script>" }).name).toMatch(/cannot contain/);
  });
});
