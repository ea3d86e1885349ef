"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@commonplace/ui";
import { isActive, navItems } from "./nav-items";

const variants = {
  /** The header bar on wide screens: a row of text links. */
  bar: {
    nav: "hidden md:block",
    list: "flex items-center gap-0.5",
    link: "relative inline-flex h-8 items-center rounded-md px-3 text-sm font-medium transition-colors",
    idle: "text-ink-muted hover:bg-paper-sunken/70 hover:text-ink",
    icons: false,
  },
  /** The mobile sheet: a column of larger links with icons. */
  sheet: {
    nav: "mt-4",
    list: "grid gap-1",
    link: "flex h-11 items-center gap-3 rounded-lg px-3 text-[15px] font-medium",
    idle: "text-ink-muted hover:bg-paper-sunken hover:text-ink",
    icons: true,
  },
} as const;

/** The member's main sections, the current one marked (`aria-current="page"`). */
export function MainNavLinks({ variant, onNavigate }: { variant: keyof typeof variants; onNavigate?: () => void }) {
  const pathname = usePathname();
  const v = variants[variant];
  return (
    <nav aria-label="Main" className={v.nav}>
      <ul className={v.list}>
        {navItems.map(({ href, label, Icon }) => {
          const active = isActive(pathname, href);
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
                onClick={onNavigate}
                className={cn(v.link, active ? "bg-paper-sunken text-ink" : v.idle)}
              >
                {v.icons && <Icon aria-hidden className="size-4.5" />}
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
