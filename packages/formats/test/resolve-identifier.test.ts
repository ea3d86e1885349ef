import { describe, expect, it } from "vitest";
import { resolveIdentifier } from "../src/index.ts";
import { fixture } from "./helpers/fixtures.ts";

type Handler = (url: URL) => Response | Promise<Response>;

function fakeFetch(handler: Handler) {
  const calls: string[] = [];
  const fetch = (async (input: string | URL | Request) => {
    const url = new URL(typeof input === "string" ? input : input instanceof URL ? input.href : input.url);
    calls.push(url.href);
    return handler(url);
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

const oneEntryFeed = () => fixture("arxiv-query.atom.xml").replace(/<entry>[\s\S]*?<\/entry>\s*(?=<entry>)/, "");

const crossrefWork = {
  status: "ok",
  message: {
    DOI: "10.1109/CVPR.2016.90",
    title: ["Deep Residual Learning for Image Recognition"],
    author: [{ given: "Kaiming", family: "He" }, { given: "Xiangyu", family: "Zhang" }, { name: "CVPR Organizers" }],
    "container-title": ["2016 IEEE Conference on Computer Vision and Pattern Recognition (CVPR)"],
    abstract: "<jats:p>Deeper neural networks are more difficult to train.</jats:p>",
    "published-print": { "date-parts": [[2016, 6, 27]] },
    URL: "http://dx.doi.org/10.1109/cvpr.2016.90",
    link: [{ URL: "https://example.org/he.pdf", "content-type": "application/pdf" }],
  },
};

describe("resolveIdentifier", () => {
  it("resolves an arXiv id through the arXiv API", async () => {
    const { fetch, calls } = fakeFetch(() => new Response(oneEntryFeed(), { status: 200 }));
    const out = await resolveIdentifier("arXiv:hep-th/9711200v3", { fetch });
    expect(calls).toEqual(["https://export.arxiv.org/api/query?id_list=hep-th%2F9711200v3"]);
    expect(out).toMatchObject({ ok: true, ref: "arXiv:hep-th/9711200v3" });
    expect(out.ok && out.paper).toMatchObject({ source: "identifier", arxivId: "hep-th/9711200", doi: "10.1023/a:1026654312961" });
  });

  it("resolves a DOI through Crossref", async () => {
    const { fetch, calls } = fakeFetch(() => Response.json(crossrefWork));
    const out = await resolveIdentifier("https://doi.org/10.1109/CVPR.2016.90", { fetch });
    expect(calls).toEqual(["https://api.crossref.org/works/10.1109%2Fcvpr.2016.90"]);
    expect(out.ok && out.paper).toMatchObject({
      source: "identifier",
      title: "Deep Residual Learning for Image Recognition",
      authors: ["Kaiming He", "Xiangyu Zhang", "CVPR Organizers"],
      doi: "10.1109/cvpr.2016.90",
      abstract: "Deeper neural networks are more difficult to train.",
      publishedAt: "2016-06-27",
      year: 2016,
      venue: "2016 IEEE Conference on Computer Vision and Pattern Recognition (CVPR)",
    });
    expect(out.ok && out.paper.links).toContainEqual({ kind: "pdf", url: "https://example.org/he.pdf" });
  });

  it("routes arXiv DOIs to arXiv", async () => {
    const { fetch, calls } = fakeFetch(() => new Response(oneEntryFeed()));
    await resolveIdentifier("10.48550/arXiv.hep-th/9711200", { fetch });
    expect(calls[0]).toMatch(/^https:\/\/export\.arxiv\.org\/api\/query\?id_list=hep-th%2F9711200$/);
  });

  it("reports network failures and timeouts as an unreachable source", async () => {
    const down = fakeFetch(() => Promise.reject(new TypeError("fetch failed")));
    expect(await resolveIdentifier("10.1000/xyz", { fetch: down.fetch })).toEqual({
      ok: false,
      error: "source unreachable: api.crossref.org",
      ref: "10.1000/xyz",
    });
    const hang: typeof globalThis.fetch = (_url, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError"))));
    const started = Date.now();
    const out = await resolveIdentifier("2401.01234", { fetch: hang, timeoutMs: 50 });
    expect(out).toEqual({ ok: false, error: "source unreachable: export.arxiv.org", ref: "2401.01234" });
    expect(Date.now() - started).toBeLessThan(2000);
    const busy = fakeFetch(() => new Response("busy", { status: 503 }));
    expect(await resolveIdentifier("2401.01234", { fetch: busy.fetch })).toMatchObject({ ok: false, error: "source unreachable: export.arxiv.org (HTTP 503)" });
  });

  it("reports unknown papers and bad input", async () => {
    const notFound = fakeFetch(() => new Response("{}", { status: 404 }));
    expect(await resolveIdentifier("10.1000/missing", { fetch: notFound.fetch })).toMatchObject({
      ok: false,
      error: "DOI not found on Crossref: 10.1000/missing",
    });
    const empty = fakeFetch(() => new Response('<feed xmlns="http://www.w3.org/2005/Atom"></feed>'));
    expect(await resolveIdentifier("2401.99999", { fetch: empty.fetch })).toMatchObject({ ok: false, error: "arXiv has no paper 2401.99999" });
    const apiError = fakeFetch(
      () =>
        new Response(
          `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/api/errors#x</id><title>Error</title><summary>incorrect id format for 2401.99999</summary></entry></feed>`,
        ),
    );
    expect(await resolveIdentifier("2401.99999", { fetch: apiError.fetch })).toMatchObject({
      ok: false,
      error: "arXiv API error: incorrect id format for 2401.99999",
    });
    const garbage = fakeFetch(() => new Response("<html>"));
    expect(await resolveIdentifier("10.1000/xyz", { fetch: garbage.fetch })).toMatchObject({
      ok: false,
      error: "Crossref returned an unreadable record for 10.1000/xyz",
    });
    expect(await resolveIdentifier("not an id", { fetch: garbage.fetch })).toEqual({
      ok: false,
      error: '"not an id" is not an arXiv id or DOI',
      ref: "not an id",
    });
  });
});
