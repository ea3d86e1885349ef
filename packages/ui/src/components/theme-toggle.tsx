"use client";

import { RadioGroup } from "radix-ui";
import { Monitor, Moon, Sun } from "lucide-react";
import { cn } from "../lib/cn.ts";
import type { Theme } from "./theme-script.tsx";
import { useTheme } from "./theme.tsx";

const options = [
  { value: "light", label: "Light", Icon: Sun },
  { value: "dark", label: "Dark", Icon: Moon },
  { value: "system", label: "System", Icon: Monitor },
] as const;

/** A segmented light / dark / system switch (a labelled radio group). */
export function ThemeToggle({ className, showLabels = false }: { className?: string; showLabels?: boolean }) {
  const { theme, setTheme } = useTheme();
  return (
    <RadioGroup.Root
      aria-label="Theme"
      value={theme}
      onValueChange={(value) => setTheme(value as Theme)}
      orientation="horizontal"
      className={cn("inline-flex items-center gap-0.5 rounded-lg border border-line bg-paper-sunken p-0.5", className)}
    >
      {options.map(({ value, label, Icon }) => (
        <RadioGroup.Item
          key={value}
          value={value}
          aria-label={showLabels ? undefined : label}
          title={label}
          className={cn(
            "inline-flex h-7 items-center justify-center gap-1.5 rounded-md px-2 text-xs font-medium text-ink-muted transition-colors",
            "hover:text-ink data-[state=checked]:bg-surface-raised data-[state=checked]:text-ink data-[state=checked]:shadow-sm",
            "focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-ring",
          )}
        >
          <Icon aria-hidden className="size-3.5" />
          {showLabels ? <span>{label}</span> : null}
        </RadioGroup.Item>
      ))}
    </RadioGroup.Root>
  );
}
