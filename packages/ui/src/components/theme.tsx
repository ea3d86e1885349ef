"use client";

import { RadioGroup } from "radix-ui";
import { Monitor, Moon, Sun } from "lucide-react";
import { useCallback, useSyncExternalStore } from "react";
import { cn } from "../lib/cn.ts";

export type Theme = "light" | "dark" | "system";
export const THEME_STORAGE_KEY = "commonplace-theme";
const CHANGE_EVENT = "commonplace-theme-change";

/*
 * Runs before first paint (inlined in <head>) so the page never flashes the wrong theme.
 * Kept tiny and dependency-free; `applyTheme` below mirrors it at runtime.
 */
export const themeScript = `(function(){try{var t=localStorage.getItem("${THEME_STORAGE_KEY}");var d=t==="dark"||((t!=="light")&&matchMedia("(prefers-color-scheme: dark)").matches);var r=document.documentElement;r.classList.toggle("dark",d);r.style.colorScheme=d?"dark":"light";}catch(e){}})();`;

/** Render inside <head>; pair with `suppressHydrationWarning` on <html>. */
export function ThemeScript({ nonce }: { nonce?: string }) {
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: themeScript }} />;
}

function systemPrefersDark(): boolean {
  return typeof window !== "undefined" && window.matchMedia("(prefers-color-scheme: dark)").matches;
}

function readTheme(): Theme {
  try {
    const stored = window.localStorage.getItem(THEME_STORAGE_KEY);
    return stored === "light" || stored === "dark" ? stored : "system";
  } catch {
    return "system";
  }
}

function applyTheme(theme: Theme) {
  const dark = theme === "dark" || (theme === "system" && systemPrefersDark());
  const root = document.documentElement;
  root.classList.toggle("dark", dark);
  root.style.colorScheme = dark ? "dark" : "light";
}

function subscribe(onChange: () => void) {
  const media = window.matchMedia("(prefers-color-scheme: dark)");
  const onSystemChange = () => {
    if (readTheme() === "system") applyTheme("system");
    onChange();
  };
  const onStorage = (event: StorageEvent) => {
    if (event.key === THEME_STORAGE_KEY) {
      applyTheme(readTheme());
      onChange();
    }
  };
  media.addEventListener("change", onSystemChange);
  window.addEventListener("storage", onStorage);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    media.removeEventListener("change", onSystemChange);
    window.removeEventListener("storage", onStorage);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

/** The chosen theme, the theme actually shown, and a setter that persists the choice. */
export function useTheme(): { theme: Theme; resolvedTheme: "light" | "dark"; setTheme: (theme: Theme) => void } {
  const theme = useSyncExternalStore(subscribe, readTheme, () => "system" as Theme);
  const systemDark = useSyncExternalStore(subscribe, systemPrefersDark, () => false);
  const setTheme = useCallback((next: Theme) => {
    try {
      if (next === "system") window.localStorage.removeItem(THEME_STORAGE_KEY);
      else window.localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Private mode: the choice still applies to this page.
    }
    applyTheme(next);
    window.dispatchEvent(new Event(CHANGE_EVENT));
  }, []);
  const resolvedTheme = theme === "system" ? (systemDark ? "dark" : "light") : theme;
  return { theme, resolvedTheme, setTheme };
}

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
