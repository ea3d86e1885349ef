"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { ArrowLeft } from "lucide-react";

type Back = { href: string; label: string; history: boolean };

/** Where a same-site path is, in words: "/daily/2026-03-17" → "Daily". */
export function backLabel(path: string): string | null {
  const rules: [RegExp, string][] = [
    [/^\/search/, "Search"],
    [/^\/trending/, "Trending"],
    [/^\/daily/, "Daily"],
    [/^\/newest/, "Newest"],
    [/^\/categories/, "Categories"],
    [/^\/lists\/[^/]+/, "List"],
    [/^\/lists/, "Your lists"],
    [/^\/u\/[^/]+/, "Profile"],
    [/^\/t\/[^/]+|^\/teams\/[^/]+/, "Team"],
    [/^\/following/, "Following"],
    [/^\/notifications/, "Notifications"],
    [/^\/import|^\/admin\/ingest/, "Import"],
    [/^\/dashboard/, "Dashboard"],
    [/^\/$/, "Home"],
  ];
  return rules.find(([re]) => re.test(path))?.[1] ?? null;
}

/**
 * "← <where you came from>": the previous page of this site (back through history, so a search keeps its
 * query and scroll), else the list named in ?list=, else Home. Decided after hydration (referrer and history
 * are the browser's), so the server renders the fallback.
 */
export function BackLink({ listId }: { listId?: string | null }) {
  const fallback: Back = listId ? { href: `/lists/${listId}`, label: "List", history: false } : { href: "/", label: "Home", history: false };
  const [back, setBack] = useState<Back>(fallback);
  useEffect(() => {
    if (!document.referrer) return;
    const from = new URL(document.referrer);
    if (from.origin !== window.location.origin || from.pathname === window.location.pathname) return;
    const label = backLabel(from.pathname);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a browser-only value (localStorage, URL, referrer) read after hydration, so the server and the first client render agree
    if (label) setBack({ href: from.pathname + from.search, label, history: window.history.length > 1 });
  }, []);
  return (
    <Link
      href={back.href}
      onClick={(e) => {
        if (!back.history) return;
        e.preventDefault();
        window.history.back();
      }}
      className="inline-flex items-center gap-1.5 rounded-md text-sm text-ink-muted transition-colors hover:text-ink"
      data-testid="back-link"
    >
      <ArrowLeft aria-hidden className="size-3.5" /> {back.label}
    </Link>
  );
}
