"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";
import { Menu } from "lucide-react";
import { Button, Dialog, DialogDescription, DialogTitle, DialogTrigger, SheetContent, ThemeToggle, cn } from "@commonplace/ui";
import { Logo } from "../logo";
import { isActive, navItems } from "./nav-items";
import type { ShellUser } from "./types";
import { UserIdentity } from "./user-identity";

/** The member header's navigation on small screens: a sheet with the sections, who is signed in and the theme. */
export function MobileNav({ user }: { user: ShellUser }) {
  const pathname = usePathname();
  const [menuOpen, setMenuOpen] = useState(false);

  return (
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
  );
}
