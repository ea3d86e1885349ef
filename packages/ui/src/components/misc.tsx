import { cva, type VariantProps } from "class-variance-authority";
import type { ComponentProps } from "react";
import { cn } from "../lib/cn.ts";

/** A placeholder while content loads. Decorative: pair it with an aria-busy region. */
export function Skeleton({ className, ...props }: ComponentProps<"div">) {
  return <div aria-hidden className={cn("animate-shimmer rounded-md bg-paper-sunken", className)} {...props} />;
}

export type SeparatorProps = ComponentProps<"div"> & {
  orientation?: "horizontal" | "vertical";
  /** Purely visual (the default): hidden from assistive technology. */
  decorative?: boolean;
};

/** A rule between groups: the same markup as radix's Separator, without its Slot machinery in the bundle. */
export function Separator({ className, orientation = "horizontal", decorative = true, ...props }: SeparatorProps) {
  const semantics = decorative
    ? { role: "none" as const }
    : { role: "separator" as const, "aria-orientation": orientation === "vertical" ? ("vertical" as const) : undefined };
  return (
    <div
      data-orientation={orientation}
      {...semantics}
      className={cn("shrink-0 bg-line", orientation === "horizontal" ? "h-px w-full" : "h-full w-px", className)}
      {...props}
    />
  );
}

export const badgeVariants = cva(
  "inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium leading-4 whitespace-nowrap [&_svg]:size-3",
  {
    variants: {
      variant: {
        neutral: "border-line bg-paper-sunken text-ink-muted",
        accent: "border-transparent bg-accent-soft text-accent-soft-ink",
        highlight: "border-transparent bg-highlight text-highlight-ink",
        outline: "border-line-strong text-ink-muted",
        danger: "border-transparent bg-danger-soft text-danger",
      },
    },
    defaultVariants: { variant: "neutral" },
  },
);

export function Badge({ className, variant, ...props }: ComponentProps<"span"> & VariantProps<typeof badgeVariants>) {
  return <span className={cn(badgeVariants({ variant }), className)} {...props} />;
}

export function Card({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("rounded-xl border border-line bg-surface shadow-sm", className)} {...props} />;
}

export function CardHeader({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("grid gap-1 p-5 pb-0 sm:p-6 sm:pb-0", className)} {...props} />;
}

export function CardTitle({ className, ...props }: ComponentProps<"h3">) {
  return <h3 className={cn("text-[15px] font-semibold tracking-tight text-ink", className)} {...props} />;
}

export function CardDescription({ className, ...props }: ComponentProps<"p">) {
  return <p className={cn("text-sm leading-relaxed text-ink-muted", className)} {...props} />;
}

export function CardContent({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("p-5 sm:p-6", className)} {...props} />;
}

export function CardFooter({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("flex items-center gap-2 border-t border-line px-5 py-3 sm:px-6 rounded-b-xl bg-paper-sunken/50", className)} {...props} />;
}

const alertVariants = cva("flex gap-2.5 rounded-lg border px-3.5 py-3 text-sm leading-relaxed [&>svg]:mt-0.5 [&>svg]:size-4 [&>svg]:shrink-0", {
  variants: {
    variant: {
      info: "border-line bg-paper-sunken text-ink",
      danger: "border-danger/30 bg-danger-soft text-danger",
      success: "border-success/30 bg-[color-mix(in_oklch,var(--color-success)_10%,transparent)] text-ink",
    },
  },
  defaultVariants: { variant: "info" },
});

/** An inline message. Errors use role="alert" so they are announced when they appear. */
export function Alert({ className, variant, role, ...props }: ComponentProps<"div"> & VariantProps<typeof alertVariants>) {
  return <div role={role ?? (variant === "danger" ? "alert" : "status")} className={cn(alertVariants({ variant }), className)} {...props} />;
}
