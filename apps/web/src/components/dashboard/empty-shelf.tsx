import { cn } from "@commonplace/ui";

/** Illustration for empty states: a small stack of papers, the top one with a highlight. */
export function EmptyShelf({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 280 200" aria-hidden className={cn("h-auto", className)}>
      <g className="text-line-strong">
        <rect x="58" y="44" width="150" height="136" rx="10" transform="rotate(-8 133 112)" className="fill-paper-sunken" stroke="currentColor" />
        <rect x="74" y="34" width="150" height="136" rx="10" transform="rotate(5 149 102)" className="fill-paper-sunken" stroke="currentColor" />
      </g>
      <g>
        <rect x="64" y="28" width="152" height="148" rx="10" className="fill-surface-raised stroke-line-strong" />
        <rect x="82" y="48" width="92" height="9" rx="4.5" className="fill-ink" opacity="0.8" />
        <rect x="82" y="64" width="58" height="6" rx="3" className="fill-ink-subtle" opacity="0.6" />
        <rect x="82" y="86" width="116" height="5" rx="2.5" className="fill-line-strong" />
        <rect x="78" y="96" width="124" height="12" rx="3" className="fill-highlight" />
        <rect x="82" y="99.5" width="104" height="5" rx="2.5" className="fill-ink" opacity="0.55" />
        <rect x="82" y="114" width="110" height="5" rx="2.5" className="fill-line-strong" />
        <rect x="82" y="126" width="96" height="5" rx="2.5" className="fill-line-strong" />
        <rect x="82" y="138" width="114" height="5" rx="2.5" className="fill-line-strong" />
        <rect x="82" y="150" width="70" height="5" rx="2.5" className="fill-line-strong" />
      </g>
      <g>
        <rect x="178" y="78" width="86" height="40" rx="8" className="fill-surface-raised stroke-line-strong" />
        <circle cx="193" cy="92" r="6" className="fill-accent-soft" />
        <rect x="203" y="89" width="40" height="5" rx="2.5" className="fill-ink-subtle" opacity="0.7" />
        <rect x="188" y="104" width="64" height="5" rx="2.5" className="fill-line-strong" />
        <path d="M178 98 L170 102 L178 106 Z" className="fill-surface-raised" />
      </g>
    </svg>
  );
}
