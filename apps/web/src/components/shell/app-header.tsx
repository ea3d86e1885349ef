"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";
import { Menu } from "lucide-react";
import {
  Button,
  Dialog,
  DialogDescription,
  DialogTitle,
  DialogTrigger,
  SheetContent,
  ThemeToggle,
  cn,
} from "@commonplace/ui";
import { Logo } from "../logo";
import { NotificationBell } from "../notifications/notification-bell";
import { AccountMenu } from "./account-menu";
import { HeaderSearch } from "./header-search";
import { isActive, navItems } from "./nav-items";
import type { ShellUser } from "./types";
import { UserIdentity } from "./user-identity";

export function AppHeader({ user }: { user: ShellUser }) {
  const pathname = usePathname();
  const [menuOpen, setMenuOpen] = useState(false);

  return (
    <header className="sticky top-0 z-40 border-b border-line bg-paper/85 backdrop-blur supports-[backdrop-filter]:bg-paper/70">
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-2 px-4 sm:px-8">
        <Logo href="/dashboard" className="mr-4" />

        <nav aria-label="Main" className="hidden md:block">
          <ul className="flex items-center gap-0.5">
            {navItems.map(({ href, label }) => {
              const active = isActive(pathname, href);
              return (
                <li key={href}>
                  <Link
                    href={href}
                    aria-current={active ? "page" : undefined}
                    className={cn(
                      "relative inline-flex h-8 items-center rounded-md px-3 text-sm font-medium transition-colors",
                      active ? "bg-paper-sunken text-ink" : "text-ink-muted hover:bg-paper-sunken/70 hover:text-ink",
                    )}
                  >
                    {label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>

        <div className="ml-auto flex items-center gap-2">
          <HeaderSearch />
          <NotificationBell />
          <AccountMenu user={user} />
          <Dialog open={menuOpen} onOpenChange={setMenuOpen}>
            <DialogTrigger asChild>
              <Button variant="ghost" size="icon" aria-label="Open navigation" className="md:hidden">
                <Menu aria-hidden />
              </Button>
            </DialogTrigger>
            <SheetContent closeLabel="Close navigation">
              <DialogTitle className="sr-only">Navigation</DialogTitle>
              <DialogDescription className="sr-only">Go to a section of Commonplace.</DialogDescription>
              <div className="flex h-10 items-center">
                <Logo href="/dashboard" />
              </div>
              <nav aria-label="Main" className="mt-4">
                <ul className="grid gap-1">
                  {navItems.map(({ href, label, Icon }) => {
                    const active = isActive(pathname, href);
                    return (
                      <li key={href}>
                        <Link
                          href={href}
                          aria-current={active ? "page" : undefined}
                          onClick={() => setMenuOpen(false)}
                          className={cn(
                            "flex h-11 items-center gap-3 rounded-lg px-3 text-[15px] font-medium",
                            active ? "bg-paper-sunken text-ink" : "text-ink-muted hover:bg-paper-sunken hover:text-ink",
                          )}
                        >
                          <Icon aria-hidden className="size-4.5" />
                          {label}
                        </Link>
                      </li>
                    );
                  })}
                </ul>
              </nav>
              <div className="mt-4 flex items-center justify-between gap-3 border-t border-line pt-4">
                <UserIdentity user={user} />
                <ThemeToggle />
              </div>
            </SheetContent>
          </Dialog>
        </div>
      </div>
    </header>
  );
}
