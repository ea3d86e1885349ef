import Link from "next/link";
import { Search } from "lucide-react";
import { Button } from "@commonplace/ui";

export interface NotFoundAction {
  href: string;
  label: string;
  icon?: React.ReactNode;
}

const SEARCH: NotFoundAction = { href: "/search", label: "Search papers", icon: <Search aria-hidden /> };
const HOME: NotFoundAction = { href: "/", label: "Home" };

/** The one 404 panel: a title, what may have happened, and where to go instead (search and home unless stated). */
export function NotFoundPanel({
  title,
  children,
  primary = SEARCH,
  secondary = HOME,
}: {
  title: string;
  children: React.ReactNode;
  primary?: NotFoundAction;
  secondary?: NotFoundAction;
}) {
  return (
    <div className="mx-auto flex max-w-md flex-col items-center px-5 py-24 text-center" data-testid="not-found">
      <p className="font-serif text-6xl font-semibold text-ink-subtle">404</p>
      <h1 className="mt-4 font-serif text-2xl font-semibold tracking-tight text-ink">{title}</h1>
      <p className="mt-2 leading-relaxed text-ink-muted">{children}</p>
      <div className="mt-6 flex justify-center gap-2">
        <Button asChild>
          <Link href={primary.href}>
            {primary.icon}
            {primary.label}
          </Link>
        </Button>
        <Button asChild variant="secondary">
          <Link href={secondary.href}>{secondary.label}</Link>
        </Button>
      </div>
    </div>
  );
}
