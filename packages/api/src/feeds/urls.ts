import { feedPaths } from "./paths.ts";
import type { FeedFormat } from "./render.ts";

// Absolute URLs for feeds: every link in a feed must work outside the site (feed readers, aggregators).

export type BaseUrl = string;

export const absolute = (base: BaseUrl, path: string) => `${base.replace(/\/+$/, "")}${path}`;

export const paperUrl = (base: BaseUrl, paperId: string) => absolute(base, `/papers/${encodeURIComponent(paperId)}`);

/** The same feed in both formats: `<path>.rss` and `<path>.atom`. */
export const feedUrls = (base: BaseUrl, path: string): Record<FeedFormat, string> => {
  const { rss, atom } = feedPaths(path);
  return { rss: absolute(base, rss), atom: absolute(base, atom) };
};

/** Site-relative links in rendered markdown (e.g. @mentions → /u/handle) made absolute for readers off the site. */
export const absolutizeHtml = (base: BaseUrl, html: string) => html.replace(/href="\/(?!\/)/g, `href="${absolute(base, "/")}`);
