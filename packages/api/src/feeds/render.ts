import { escapeHtml } from "@commonplace/formats/markdown";
import { Feed } from "feed";

// One renderer for every feed (RSS 2.0 and Atom 1.0) over the `feed` package. Callers describe a feed in
// plain text + sanitized HTML; this file owns the XML-level safety that `feed` leaves to its caller:
//  - titles are plain text but `feed` writes item titles as HTML in CDATA (Atom type="html"), so they are
//    HTML-escaped here (a paper titled `<script>` stays text in every reader);
//  - `feed` splits only the first "]]>" of a CDATA section, so HTML content never carries one;
//  - characters XML 1.0 forbids (C0 controls, lone surrogates, U+FFFE/F) would make the whole document
//    unparseable, so they are removed from the finished document.

export type FeedFormat = "rss" | "atom";

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
};

export interface FeedEntry {
  /** Absolute URL unique to this entry (Atom id / RSS guid). */
  id: string;
  /** Plain text. */
  title: string;
  /** Absolute URL of the page the entry is about. */
  link: string;
  /** When it was published (RSS pubDate, Atom published). */
  date: Date;
  /** When it last changed (Atom updated); defaults to `date`. An edit must move it (feed readers re-fetch on it). */
  updated?: Date;
  /** Already sanitized HTML (e.g. renderMarkdown output). */
  html?: string;
  /** Plain text. */
  author?: string;
  categories?: string[];
}

export interface FeedDescription {
  /** Plain text. */
  title: string;
  /** Plain text. */
  description: string;
  /** Absolute URL of the HTML page this feed mirrors. */
  link: string;
  /** Absolute URLs of this feed in each format (the `self` links). */
  self: Record<FeedFormat, string>;
  /** Plain text: the feed's author (a person, a team, or the site). */
  author: string;
  /** Newest entry first. */
  entries: FeedEntry[];
  /** Defaults to the newest entry's date. */
  updated?: Date;
}

// In HTML "&gt;" and ">" mean the same in text and attribute values, so this changes nothing a reader shows.
const cdataSafe = (html: string) => html.replaceAll("]]>", "]]&gt;");

// XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(NOT_XML_CHAR, "");
}

// `feed` writes Atom categories as attributes and escapes only "&" there: keep markup characters out.
const categoryName = (name: string) =>
  xmlSafe(name)
    .replace(/[<>&"]/g, "")
    .trim();

const entryUpdated = (entry: FeedEntry) => entry.updated ?? entry.date;

/** The date a feed was last updated: its explicit date, else its entries' latest change, else the epoch (an empty feed). */
export function feedUpdated(description: FeedDescription): Date {
  if (description.updated) return description.updated;
  const times = description.entries.map((e) => entryUpdated(e).getTime());
  return new Date(times.length ? Math.max(...times) : 0);
}

// RSS 2.0's <author> must be an email address; names go in Dublin Core's <dc:creator> instead, whose
// namespace `feed` declares only when an item has content, so it is declared here whenever it is used.
const DC = "http://purl.org/dc/elements/1.1/";
function declareDublinCore(rss: string): string {
  if (!rss.includes("<dc:creator>") || /<rss[^>]*\sxmlns:dc=/.test(rss)) return rss;
  return rss.replace(/<rss(?=[\s>])/, `<rss xmlns:dc="${DC}"`);
}

export function renderFeed(description: FeedDescription, format: FeedFormat): string {
  const feed = new Feed({
    id: description.self[format],
    title: xmlSafe(description.title),
    description: xmlSafe(description.description),
    link: description.link,
    feedLinks: { rss: description.self.rss, atom: description.self.atom },
    updated: feedUpdated(description),
    author: { name: xmlSafe(description.author) },
    generator: "Commonplace",
    language: "en",
  });
  for (const entry of description.entries) {
    feed.addItem({
      id: entry.id,
      title: escapeHtml(xmlSafe(entry.title)),
      link: entry.link,
      // Atom: <updated> is the last change and <published> the first; RSS: pubDate is the publication.
      ...(format === "rss" ? { date: entry.date } : { date: entryUpdated(entry), published: entry.date }),
      ...(entry.html ? { content: cdataSafe(xmlSafe(entry.html)) } : {}),
      ...(entry.author
        ? format === "rss"
          ? { extensions: [{ name: "dc:creator", objects: { _text: xmlSafe(entry.author) } }] }
          : { author: [{ name: xmlSafe(entry.author) }] }
        : {}),
      ...(entry.categories?.length
        ? {
            category: entry.categories
              .map(categoryName)
              .filter(Boolean)
              .map((name) => ({ name, term: name })),
          }
        : {}),
    });
  }
  return xmlSafe(format === "rss" ? declareDublinCore(feed.rss2()) : feed.atom1());
}
