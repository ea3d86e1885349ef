"use client";

import { Slot } from "radix-ui";
import { useId, type ReactElement, type ReactNode } from "react";
import { AlertCircle } from "lucide-react";
import { cn } from "../lib/cn.ts";
import { Label } from "./label.tsx";

export type FormFieldProps = {
  label: ReactNode;
  /** A single control (Input, Textarea, …). It receives id, aria-describedby and aria-invalid. */
  children: ReactElement;
  description?: ReactNode;
  /** An error message, or a list of them (e.g. zod's fieldErrors[name]). */
  error?: string | string[] | null;
  /** Rendered on the label's line, right-aligned (e.g. a "Forgot password?" link). */
  labelAside?: ReactNode;
  required?: boolean;
  className?: string;
  id?: string;
};

/**
 * Label + control + description + error, wired for assistive technology:
 * the label targets the control, the description and error are announced with it.
 */
export function FormField({ label, children, description, error, labelAside, required, className, id: idProp }: FormFieldProps) {
  const generated = useId();
  const id = idProp ?? `field-${generated}`;
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const errors = (Array.isArray(error) ? error : error ? [error] : []).filter(Boolean);
  const hasError = errors.length > 0;
  const describedBy = [description ? descriptionId : null, hasError ? errorId : null].filter(Boolean).join(" ");

  return (
    <div className={cn("grid gap-1.5", className)}>
      <div className="flex min-h-4 items-baseline justify-between gap-2">
        <Label htmlFor={id}>
          {label}
          {required ? (
            <span aria-hidden className="ml-0.5 text-ink-subtle">
              *
            </span>
          ) : null}
        </Label>
        {labelAside}
      </div>
      <Slot.Root id={id} aria-describedby={describedBy || undefined} aria-invalid={hasError || undefined} aria-required={required || undefined}>
        {children}
      </Slot.Root>
      {description ? (
        <p id={descriptionId} className="text-[13px] leading-snug text-ink-muted">
          {description}
        </p>
      ) : null}
      {hasError ? (
        <p id={errorId} className="flex items-start gap-1.5 text-[13px] leading-snug text-danger">
          <AlertCircle aria-hidden className="mt-px size-3.5 shrink-0" />
          <span>{errors.join(" ")}</span>
        </p>
      ) : null}
    </div>
  );
}
