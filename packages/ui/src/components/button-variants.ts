import { cva } from "class-variance-authority";

// The button look on its own (no radix Slot, no React component), so links styled as buttons need only this.
export const buttonVariants = cva(
  [
    "relative inline-flex shrink-0 items-center justify-center gap-2 whitespace-nowrap font-medium select-none",
    "transition-[background-color,border-color,color,box-shadow,transform] duration-150",
    "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring",
    "disabled:pointer-events-none disabled:opacity-55 aria-disabled:pointer-events-none aria-disabled:opacity-55",
    "active:translate-y-px [&_svg]:pointer-events-none [&_svg]:shrink-0",
  ],
  {
    variants: {
      variant: {
        primary: "bg-accent text-accent-ink shadow-sm hover:bg-accent-hover shadow-[inset_0_1px_0_rgb(255_255_255/0.12)]",
        secondary: "border border-line-strong bg-surface-raised text-ink shadow-xs hover:bg-paper-sunken hover:border-line-strong",
        ghost: "text-ink-muted hover:bg-paper-sunken hover:text-ink",
        destructive: "bg-danger text-white shadow-sm hover:bg-danger-hover dark:text-paper",
        link: "h-auto px-0 text-accent underline-offset-4 hover:underline active:translate-y-0",
      },
      size: {
        sm: "h-8 rounded-md px-3 text-[13px] [&_svg]:size-3.5",
        md: "h-9 rounded-md px-3.5 text-sm [&_svg]:size-4",
        lg: "h-11 rounded-lg px-5 text-[15px] [&_svg]:size-4",
        icon: "size-9 rounded-md [&_svg]:size-4",
        "icon-sm": "size-8 rounded-md [&_svg]:size-4",
      },
    },
    compoundVariants: [{ variant: "link", className: "h-auto px-0" }],
    defaultVariants: { variant: "primary", size: "md" },
  },
);
