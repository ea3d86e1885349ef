"use client";

import { useState } from "react";
import { Menu } from "lucide-react";
import { Button, Dialog, DialogDescription, DialogTitle, DialogTrigger, SheetContent, ThemeToggle } from "@commonplace/ui";
import { Logo } from "../logo";
import { MainNavLinks } from "./main-nav-links";
import type { ShellUser } from "./types";
import { UserIdentity } from "./user-identity";

/** The member header's navigation on small screens: a sheet with the sections, who is signed in and the theme. */
export function MobileNav({ user }: { user: ShellUser }) {
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
        <MainNavLinks variant="sheet" onNavigate={() => setMenuOpen(false)} />
        <div className="mt-4 flex items-center justify-between gap-3 border-t border-line pt-4">
          <UserIdentity user={user} />
          <ThemeToggle />
        </div>
      </SheetContent>
    </Dialog>
  );
}
