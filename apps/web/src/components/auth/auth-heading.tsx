import type { ReactNode } from "react";

export function AuthHeading({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <div className="mb-7">
      <h1 className="font-serif text-[1.75rem] leading-tight font-semibold tracking-tight text-ink">{title}</h1>
      {children ? <p className="mt-2 text-[15px] leading-relaxed text-ink-muted">{children}</p> : null}
    </div>
  );
}
