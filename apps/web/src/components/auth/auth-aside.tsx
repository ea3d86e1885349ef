import { Avatar } from "@commonplace/ui";

/** The decorative half of the sign-in screens: a passage, a highlight, a note in the margin. */
export function AuthAside() {
  return (
    <aside
      aria-label="About Commonplace"
      className="relative hidden overflow-hidden border-l border-line bg-paper-sunken lg:flex lg:items-center lg:justify-center"
    >
      <div aria-hidden className="absolute inset-0 bg-[radial-gradient(ellipse_at_70%_20%,var(--color-accent-soft),transparent_60%)] opacity-60" />
      <div className="relative max-w-md px-10">
        <p className="text-xs font-medium tracking-[0.14em] text-ink-subtle uppercase">A commonplace book</p>
        <blockquote className="prose-reading mt-5 text-[1.45rem] leading-[1.55] text-ink">
          Scholars kept commonplace books to hold on to what they read:{" "}
          <mark className="mark-highlight">passages copied out, annotated, argued with, and passed along</mark> to the next reader.
        </blockquote>
        <div className="mt-8 ml-8 max-w-xs rounded-lg border border-line bg-surface-raised p-3.5 shadow-md">
          <div className="flex items-center gap-2">
            <Avatar name="Ada Quint" size="sm" />
            <div className="leading-tight">
              <div className="text-[13px] font-medium text-ink">Ada Quint</div>
              <div className="text-[11px] text-ink-subtle">in Reading group · just now</div>
            </div>
          </div>
          <p className="mt-2.5 text-[13px] leading-snug text-ink/90">Same idea, with the whole lab in the margin. Bring Thursday&rsquo;s paper.</p>
        </div>
      </div>
    </aside>
  );
}
