"use client";

import dynamic from "next/dynamic";
import { Logo } from "../logo";
import { HeaderSearch } from "./header-search";
import { MainNavLinks } from "./main-nav-links";
import type { ShellUser } from "./types";

// The member header's menus (radix dropdown menu, dialog, radio group) live in their own chunks: a route's
// first-load JavaScript includes every client module its layouts import, so importing them statically here
// made every visitor of a public page download them. Members still get them server-rendered.
const holdPlace = (className: string) =>
  function Placeholder() {
    return <span aria-hidden className={className} />;
  };
const NotificationBell = dynamic(() => import("../notifications/notification-bell").then((m) => m.NotificationBell), {
  loading: holdPlace("size-9"),
});
const AccountMenu = dynamic(() => import("./account-menu").then((m) => m.AccountMenu), { loading: holdPlace("size-9") });
const MobileNav = dynamic(() => import("./mobile-nav").then((m) => m.MobileNav), { loading: holdPlace("size-9 md:hidden") });

export function AppHeader({ user }: { user: ShellUser }) {
  return (
    <header className="sticky top-0 z-40 border-b border-line bg-paper/85 backdrop-blur supports-[backdrop-filter]:bg-paper/70">
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-2 px-4 sm:px-8">
        <Logo href="/dashboard" className="mr-4" />

        <MainNavLinks variant="bar" />

        <div className="ml-auto flex items-center gap-2">
          <HeaderSearch />
          <NotificationBell />
          <AccountMenu user={user} />
          <MobileNav user={user} />
        </div>
      </div>
    </header>
  );
}
