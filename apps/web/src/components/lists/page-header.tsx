import type { ReactNode } from "react";

/** The title block of a signed-in page: an eyebrow, a serif title, a lead, actions on the right. */
export function PageHeader({ eyebrow, title, lead, actions }: { eyebrow: ReactNode; title: ReactNode; lead?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
      <div className="min-w-0">
        <h1 className="grid gap-1">
          <span className="text-sm font-medium text-ink-muted">{eyebrow}</span>
          <span className="font-serif text-3xl font-semibold tracking-tight text-balance text-ink sm:text-[2.125rem]">{title}</span>
        </h1>
        {lead ? <p className="mt-2 max-w-2xl leading-relaxed text-ink-muted">{lead}</p> : null}
      </div>
      {actions ? <div className="flex shrink-0 flex-wrap gap-2">{actions}</div> : null}
    </div>
  );
}

/** A dashed box for "nothing here yet", with an optional action. */
export function EmptyState({ icon, title, children, action }: { icon: ReactNode; title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <div className="flex flex-col items-center rounded-xl border border-dashed border-line-strong px-6 py-12 text-center">
      <span className="inline-flex size-10 items-center justify-center rounded-full bg-accent-soft text-accent-soft-ink [&_svg]:size-5">{icon}</span>
      <h3 className="mt-4 font-serif text-lg font-semibold tracking-tight text-ink">{title}</h3>
      {children ? <p className="mt-1.5 max-w-md text-sm leading-relaxed text-ink-muted">{children}</p> : null}
      {action ? <div className="mt-5">{action}</div> : null}
    </div>
  );
}
