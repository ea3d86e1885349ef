import type { ComponentProps } from "react";
import { ChevronDown } from "lucide-react";
import { cn } from "@commonplace/ui";

/** A native <select> styled like the design system's inputs (native for phones and screen readers). */
export function Select({ className, children, ...props }: ComponentProps<"select">) {
  return (
    <span className={cn("relative inline-flex", className)}>
      <select
        className={cn(
          "h-10 w-full appearance-none rounded-md border border-line-strong bg-surface-raised pr-8 pl-3 text-sm text-ink shadow-xs sm:h-9",
          "transition-[border-color,box-shadow] hover:border-ink-subtle/60",
          "focus-visible:border-accent focus-visible:ring-3 focus-visible:ring-accent/20 focus-visible:outline-none",
          "disabled:cursor-not-allowed disabled:opacity-60",
        )}
        {...props}
      >
        {children}
      </select>
      <ChevronDown aria-hidden className="pointer-events-none absolute top-1/2 right-2.5 size-4 -translate-y-1/2 text-ink-subtle" />
    </span>
  );
}
