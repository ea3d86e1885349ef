import type { FeedFormat } from "./render.ts";

// Where each feed lives on the site (`<path>.rss` / `<path>.atom`). Pure, so pages can link their feeds
// (autodiscovery, "Subscribe") without importing any server code.

export const listFeedPath = (listId: string) => `/lists/${encodeURIComponent(listId)}/feed`;
export const annotationsFeedPath = (handle: string) => `/u/${encodeURIComponent(handle)}/annotations`;
export const TRENDING_FEED_PATH = "/feeds/trending";

export const feedPaths = (path: string): Record<FeedFormat, string> => ({ rss: `${path}.rss`, atom: `${path}.atom` });

/**
 * Next metadata `alternates.types` for a page that has a feed (RSS first: what most readers pick). Absolute,
 * from the configured public base URL (APP_URL): the app sets no metadataBase, and Next would otherwise
 * resolve relative URLs against localhost.
 */
export const feedAlternates = (baseUrl: string, path: string, title: string) => {
  const base = baseUrl.replace(/\/+$/, "");
  const { rss, atom } = feedPaths(path);
  return { "application/rss+xml": [{ url: `${base}${rss}`, title }], "application/atom+xml": [{ url: `${base}${atom}`, title }] };
};
