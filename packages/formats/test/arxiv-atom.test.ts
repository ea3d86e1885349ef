import { describe, expect, it } from "vitest";
import { parseArxivAtom } from "../src/index.ts";
import { fixture, papersOf } from "./helpers/fixtures.ts";

describe("parseArxivAtom", () => {
  it("maps a real API feed", () => {
    const [attention, maldacena] = papersOf(parseArxivAtom(fixture("arxiv-query.atom.xml")));
    expect(attention).toMatchObject({
      source: "arxiv-atom",
      title: "Attention Is All You Need",
      authors: ["Ashish Vaswani", "Noam Shazeer", "Niki Parmar", "Łukasz Kaiser"],
      arxivId: "1706.03762",
      arxivVersion: 7,
      publishedAt: "2017-06-12",
      updatedAt: "2023-08-02",
      year: 2017,
      categories: ["cs.CL", "cs.LG"],
      comment: "15 pages, 5 figures",
    });
    expect(attention?.abstract).toMatch(/^The dominant sequence transduction models .* convolutions entirely\.$/);
    expect(attention?.links).toContainEqual({ kind: "pdf", url: "https://arxiv.org/pdf/1706.03762v7" });
    expect(maldacena).toMatchObject({
      arxivId: "hep-th/9711200",
      arxivVersion: 3,
      doi: "10.1023/a:1026654312961",
      journalRef: "Adv.Theor.Math.Phys.2:231-252,1998",
      categories: ["hep-th"],
    });
    expect(maldacena?.abstract).toContain("Q&A <sic>."); // built-in entities are still decoded
  });

  it("returns [] for a valid feed without entries, and an error per API error entry", () => {
    expect(parseArxivAtom('<feed xmlns="http://www.w3.org/2005/Atom"><title>q</title></feed>')).toEqual([]);
    const err = parseArxivAtom(`<feed xmlns="http://www.w3.org/2005/Atom"><entry>
      <id>http://arxiv.org/api/errors#incorrect_id_format_for_1234</id><title>Error</title>
      <summary>incorrect id format for 1234</summary></entry></feed>`);
    expect(err).toEqual([{ ok: false, error: "entry 1: arXiv API error: incorrect id format for 1234", ref: "entry 1" }]);
  });

  it("fails one entry without a title and keeps the others", () => {
    const xml = fixture("arxiv-query.atom.xml").replace("<title>Attention Is All You Need</title>", "");
    const out = parseArxivAtom(xml);
    expect(out[0]).toEqual({ ok: false, error: "entry 1706.03762: missing title", ref: "entry 1706.03762" });
    expect(out[1]?.ok).toBe(true);
  });

  it("rejects non-XML, other XML and empty input with clear messages", () => {
    expect(parseArxivAtom("")).toEqual([{ ok: false, error: "Empty file", ref: "feed" }]);
    const [bad] = parseArxivAtom("<feed><entry><title>x</feed>");
    expect(bad?.ok === false && bad.error).toMatch(/^Not valid arXiv Atom XML: .*line \d+/);
    const [rss] = parseArxivAtom("<rss><channel/></rss>");
    expect(rss?.ok === false && rss.error).toBe("Not valid arXiv Atom XML: root element is <rss>, expected <feed>");
  });

  it("refuses entity declarations quickly (billion laughs, external entities)", () => {
    const lol = ['<!ENTITY lol0 "lol">'];
    for (let i = 1; i < 10; i++) lol.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE feed [\n${lol.join("\n")}\n]>\n<feed><entry><id>http://arxiv.org/abs/2401.01234</id><title>&lol9;</title></entry></feed>`;
    const started = performance.now();
    const out = parseArxivAtom(bomb);
    expect(performance.now() - started).toBeLessThan(500);
    expect(out).toEqual([{ ok: false, error: "Not valid arXiv Atom XML: DOCTYPE/ENTITY declarations are not allowed", ref: "feed" }]);
    const xxe = `<!DOCTYPE feed [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><feed><entry><title>&xxe;</title></entry></feed>`;
    expect(parseArxivAtom(xxe)[0]?.ok).toBe(false);
  });
});
