import { BookMarked, Flame, Library, LayoutDashboard, Rss, Search, Users, type LucideIcon } from "lucide-react";

export type NavItem = { href: string; label: string; Icon: LucideIcon };

export const navItems: NavItem[] = [
  { href: "/dashboard", label: "Dashboard", Icon: LayoutDashboard },
  { href: "/", label: "Discover", Icon: Flame },
  { href: "/search", label: "Search", Icon: Search },
  { href: "/library", label: "Library", Icon: BookMarked },
  { href: "/lists", label: "Lists", Icon: Library },
  { href: "/teams", label: "Teams", Icon: Users },
  { href: "/following", label: "Following", Icon: Rss },
];

export function isActive(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}
