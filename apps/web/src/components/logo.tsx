import Link from "next/link";
import { cn } from "@commonplace/ui";

/** The mark: a page of ink with one highlighted line. */
export function LogoMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden className={cn("size-6 shrink-0", className)}>
      <rect x="2.5" y="1.5" width="19" height="21" rx="4" className="fill-ink" />
      <rect x="6.5" y="6.5" width="11" height="1.8" rx="0.9" className="fill-paper" opacity="0.55" />
      <rect x="5.6" y="10.1" width="12.8" height="3.8" rx="1" className="fill-highlight" />
      <rect x="6.5" y="11.1" width="9" height="1.8" rx="0.9" className="fill-ink" opacity="0.9" />
      <rect x="6.5" y="15.7" width="8" height="1.8" rx="0.9" className="fill-paper" opacity="0.55" />
    </svg>
  );
}

export function Logo({ href = "/", className }: { href?: string; className?: string }) {
  return (
    <Link href={href} className={cn("inline-flex items-center gap-2 rounded-md font-serif text-[19px] font-semibold tracking-tight text-ink", className)}>
      <LogoMark />
      <span>Commonplace</span>
    </Link>
  );
}
