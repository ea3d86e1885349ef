"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { Search } from "lucide-react";
import { buttonVariants, cn } from "@commonplace/ui";
import { Logo } from "../logo";
import { HeaderSearch } from "./header-search";

const visitorLinks = [
  { href: "/trending", label: "Trending" },
  { href: "/daily", label: "Daily" },
  { href: "/search", label: "Search" },
];

/** The header of public pages (search, papers) for visitors: sign-in returns them to this page. */
export function VisitorHeader() {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const query = searchParams.toString();
  const here = query ? `${pathname}?${query}` : pathname;
  const callback = `?callbackUrl=${encodeURIComponent(here)}`;

  return (
    <header className="sticky top-0 z-40 border-b border-line bg-paper/85 backdrop-blur supports-[backdrop-filter]:bg-paper/70">
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-2 px-4 sm:px-8">
        <Logo className="mr-2 sm:mr-4" />
        <nav aria-label="Main" className="hidden sm:flex sm:gap-0.5">
          {visitorLinks.map(({ href, label }) => (
            <Link
              key={href}
              href={href}
              aria-current={pathname.startsWith(href) ? "page" : undefined}
              className="inline-flex h-8 items-center rounded-md px-3 text-sm font-medium text-ink-muted transition-colors hover:bg-paper-sunken/70 hover:text-ink aria-[current=page]:bg-paper-sunken aria-[current=page]:text-ink"
            >
              {label}
            </Link>
          ))}
        </nav>
        <div className="ml-auto flex items-center gap-1.5 sm:gap-2">
          <HeaderSearch />
          {/* Styled links rather than `Button asChild`, so visitors' first load needs no radix Slot for them. */}
          <Link href="/search" aria-label="Search papers" className={cn(buttonVariants({ variant: "ghost", size: "icon-sm" }), "sm:hidden")}>
            <Search aria-hidden />
          </Link>
          <Link href={`/sign-in${callback}`} className={buttonVariants({ variant: "ghost", size: "sm" })}>
            Sign in
          </Link>
          <Link href="/sign-up" className={cn(buttonVariants({ size: "sm" }), "hidden min-[400px]:inline-flex")}>
            Get started
          </Link>
        </div>
      </div>
    </header>
  );
}
