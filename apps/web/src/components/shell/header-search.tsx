"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Search } from "lucide-react";
import { cn } from "@commonplace/ui";
import { isTypingTarget } from "@/lib/keyboard";

/**
 * The header's search box: a real GET form to /search (works before hydration), and `/` focuses it
 * from anywhere. Hidden on the search page itself, which has its own, larger box.
 */
export function HeaderSearch({ className }: { className?: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const inputRef = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState("");
  const onSearchPage = pathname === "/search" || pathname.startsWith("/search/");

  useEffect(() => {
    if (onSearchPage) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== "/" || event.metaKey || event.ctrlKey || event.altKey || isTypingTarget(event.target)) return;
      event.preventDefault();
      const input = inputRef.current;
      // On narrow screens the box is hidden: go to the search page instead.
      if (input && input.offsetParent !== null) input.focus();
      else router.push("/search");
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [onSearchPage, router]);

  if (onSearchPage) return null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const q = value.trim();
    router.push(q ? `/search?q=${encodeURIComponent(q)}` : "/search");
    setValue("");
    inputRef.current?.blur();
  }

  return (
    <form role="search" action="/search" method="get" onSubmit={onSubmit} className={cn("relative hidden lg:block", className)}>
      <Search aria-hidden className="pointer-events-none absolute top-1/2 left-2.5 size-3.5 -translate-y-1/2 text-ink-subtle" />
      <input
        ref={inputRef}
        type="search"
        name="q"
        value={value}
        onChange={(event) => setValue(event.target.value)}
        placeholder="Search papers…"
        aria-label="Search papers"
        autoComplete="off"
        enterKeyHint="search"
        className="peer h-8 w-56 rounded-md border border-line bg-surface-raised pr-8 pl-8 text-sm text-ink shadow-xs transition-[border-color,box-shadow,width] placeholder:text-ink-subtle hover:border-line-strong focus-visible:w-72 focus-visible:border-accent focus-visible:ring-3 focus-visible:ring-accent/20 focus-visible:outline-none [&::-webkit-search-cancel-button]:hidden"
      />
      <kbd
        aria-hidden
        className="pointer-events-none absolute top-1/2 right-2 -translate-y-1/2 rounded border border-line bg-paper-sunken px-1.5 font-sans text-[11px] leading-4 text-ink-subtle peer-focus-visible:hidden"
      >
        /
      </kbd>
    </form>
  );
}
