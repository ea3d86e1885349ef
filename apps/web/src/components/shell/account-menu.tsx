"use client";

import Link from "next/link";
import { CircleUserRound, FileUp, Highlighter, History, LogOut, Monitor, Moon, Palette, Settings, Sun } from "lucide-react";
import {
  Avatar,
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuSub,
  DropdownMenuSubContent,
  DropdownMenuSubTrigger,
  DropdownMenuTrigger,
  useTheme,
  type Theme,
} from "@commonplace/ui";
import type { ShellUser } from "./types";
import { UserIdentity } from "./user-identity";

export function AccountMenu({ user }: { user: ShellUser }) {
  const { theme, setTheme } = useTheme();
  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        aria-label="Account menu"
        data-testid="account-menu-trigger"
        className="inline-flex items-center gap-2 rounded-full p-0.5 transition-shadow outline-none hover:ring-4 hover:ring-line/70 focus-visible:ring-2 focus-visible:ring-ring data-[state=open]:ring-4 data-[state=open]:ring-line"
      >
        <Avatar name={user.name} src={user.avatarUrl} size="md" />
      </DropdownMenuTrigger>
      <DropdownMenuContent className="w-60">
        <DropdownMenuLabel className="px-2 py-2 font-normal">
          <UserIdentity user={user} />
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href={`/u/${user.handle}`}>
            <CircleUserRound aria-hidden /> Your profile
          </Link>
        </DropdownMenuItem>
        <DropdownMenuItem asChild>
          <Link href="/annotations">
            <Highlighter aria-hidden /> My annotations
          </Link>
        </DropdownMenuItem>
        <DropdownMenuItem asChild>
          <Link href="/import">
            <FileUp aria-hidden /> Import papers
          </Link>
        </DropdownMenuItem>
        <DropdownMenuItem asChild>
          <Link href="/admin/ingest">
            <History aria-hidden /> Import history
          </Link>
        </DropdownMenuItem>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/settings">
            <Settings aria-hidden /> Settings
          </Link>
        </DropdownMenuItem>
        <DropdownMenuSub>
          <DropdownMenuSubTrigger>
            <Palette aria-hidden /> Theme
          </DropdownMenuSubTrigger>
          <DropdownMenuSubContent>
            <DropdownMenuRadioGroup value={theme} onValueChange={(value) => setTheme(value as Theme)}>
              <DropdownMenuRadioItem value="light">
                <Sun aria-hidden /> Light
              </DropdownMenuRadioItem>
              <DropdownMenuRadioItem value="dark">
                <Moon aria-hidden /> Dark
              </DropdownMenuRadioItem>
              <DropdownMenuRadioItem value="system">
                <Monitor aria-hidden /> System
              </DropdownMenuRadioItem>
            </DropdownMenuRadioGroup>
          </DropdownMenuSubContent>
        </DropdownMenuSub>
        <DropdownMenuSeparator />
        {/* next-auth/react (~10 KB gzip) loads on click: the menu is on every page, signing out is rare. */}
        <DropdownMenuItem onSelect={() => void import("next-auth/react").then(({ signOut }) => signOut({ callbackUrl: "/" }))}>
          <LogOut aria-hidden /> Sign out
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
