"use client";

import { Rss } from "lucide-react";
import { feedPaths } from "@commonplace/api/feed-paths";
import { Button, DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuTrigger } from "@commonplace/ui";

const formats = [
  { key: "rss", label: "RSS 2.0", hint: ".rss" },
  { key: "atom", label: "Atom", hint: ".atom" },
] as const;

/** "Subscribe": links to a page's feed in both formats (paste either into a feed reader). */
export function SubscribeMenu({ path, what }: { path: string; what: string }) {
  const urls = feedPaths(path);
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="secondary" size="sm">
          <Rss aria-hidden /> Subscribe
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent className="w-60">
        <DropdownMenuLabel>Follow {what} in a feed reader</DropdownMenuLabel>
        {formats.map(({ key, label, hint }) => (
          <DropdownMenuItem key={key} asChild>
            <a href={urls[key]} type={key === "rss" ? "application/rss+xml" : "application/atom+xml"}>
              <Rss aria-hidden /> {label} feed
              <span className="ml-auto font-mono text-[11px] text-ink-subtle">{hint}</span>
            </a>
          </DropdownMenuItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
