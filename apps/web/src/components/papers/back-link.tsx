"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { ArrowLeft } from "lucide-react";

type Back = { href: string; label: string; history: boolean };

const PREVIOUS = "commonplace.previous-page";
const CURRENT = "commonplace.current-page";

/**
 * Remembers the page shown before the current one, across client-side navigations (document.referrer only
 * knows the first page loaded). Mounted once, in the root providers.
 */
export function NavigationMemory() {
  const pathname = usePathname();
  const search = useSearchParams();
  useEffect(() => {
    const here = `${pathname}${search.size ? `?${search.toString()}` : ""}`;
    const last = sessionStorage.getItem(CURRENT);
    if (last && last !== here) sessionStorage.setItem(PREVIOUS, last);
    sessionStorage.setItem(CURRENT, here);
  }, [pathname, search]);
  return null;
}

/** The page before this one on this site: the remembered client-side navigation, else the referrer. */
function previousPage(): string | null {
  // This page's effects run before NavigationMemory's: "current" may still be the page we came from.
  const elsewhere = (p: string | null) => (p && p.split("?")[0] !== window.location.pathname ? p : null);
  const remembered = elsewhere(sessionStorage.getItem(CURRENT)) ?? elsewhere(sessionStorage.getItem(PREVIOUS));
  if (remembered) return remembered;
  if (!document.referrer) return null;
  const from = new URL(document.referrer);
  return from.origin === window.location.origin && from.pathname !== window.location.pathname ? from.pathname + from.search : null;
}

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
    const previous = previousPage();
    const label = previous ? backLabel(previous.split("?")[0]!) : null;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a browser-only value (session history) read after hydration, so the server and the first client render agree
    if (previous && label) setBack({ href: previous, label, history: window.history.length > 1 });
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
