import type { ComponentProps } from "react";
import { cn } from "../lib/cn.ts";

export const controlClasses = [
  "w-full rounded-md border border-line-strong bg-surface-raised text-sm text-ink shadow-xs",
  "placeholder:text-ink-subtle transition-[border-color,box-shadow] duration-150",
  "hover:border-ink-subtle/60",
  "focus-visible:outline-none focus-visible:border-accent focus-visible:ring-3 focus-visible:ring-accent/20",
  "disabled:cursor-not-allowed disabled:opacity-60",
  "aria-invalid:border-danger aria-invalid:focus-visible:ring-danger/20",
].join(" ");

export function Input({ className, type = "text", ...props }: ComponentProps<"input">) {
  return <input type={type} className={cn(controlClasses, "h-10 px-3 sm:h-9", className)} {...props} />;
}

export function Textarea({ className, rows = 4, ...props }: ComponentProps<"textarea">) {
  return <textarea rows={rows} className={cn(controlClasses, "min-h-20 px-3 py-2 leading-relaxed", className)} {...props} />;
}
