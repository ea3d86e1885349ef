import { cardPage } from "@/components/discovery/card-page";

export const metadata = { title: "Newest papers", description: "The most recently published papers on this server." };

export default cardPage({
  tab: "newest",
  eyebrow: "Newest",
  title: "Newest papers",
  intro:
    "Everything on this server by publication date (from the source: arXiv, the digest, the citation), most recent first. Papers known only by their year sort as 1 January of it; papers with no date at all come last, by when they were added.",
  path: "/newest",
  load: (caller, range) => caller.discovery.newest(range),
});
