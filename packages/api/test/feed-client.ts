import Parser from "rss-parser";
import type { FeedFormat } from "../src/feeds/render.ts";

// Calls a feed route handler like Next would, and parses the answer with a real feed parser.

type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

export interface FetchedFeed {
  status: number;
  headers: Headers;
  body: string;
  feed: Parser.Output<Record<string, unknown>> | null;
}

const parser = new Parser();

export async function fetchFeed<P>(handler: Handler<P>, params: P, init: RequestInit = {}): Promise<FetchedFeed> {
  const response = await handler(new Request("http://localhost:3000/feed", init), { params: Promise.resolve(params) });
  const body = await response.text();
  const isFeed = response.status === 200 && /xml/.test(response.headers.get("content-type") ?? "");
  return { status: response.status, headers: response.headers, body, feed: isFeed ? await parser.parseString(body) : null };
}

/** Entry titles are HTML (escaped text) in both formats: what a reader shows after decoding. */
export function shownText(html: string | undefined): string {
  return (html ?? "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

export const FORMATS: FeedFormat[] = ["rss", "atom"];

export const CONTENT_TYPE: Record<FeedFormat, RegExp> = { rss: /^application\/rss\+xml/, atom: /^application\/atom\+xml/ };

/** A string built to break naive XML/HTML output: markup, a CDATA terminator (twice), quotes, control characters. */
export const HOSTILE = `<script>alert("x")</script> ]]> & ]]> 'q' \u0001\u0008\u000b\u001f\ufffe end`;
/** What survives of HOSTILE: everything but the characters XML 1.0 cannot carry. */
export const HOSTILE_SHOWN = `<script>alert("x")</script> ]]> & ]]> 'q'  end`;
