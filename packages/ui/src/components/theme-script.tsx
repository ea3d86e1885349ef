// No "use client": the script is rendered on the server into <head>, so pages carry no client code for it.

export type Theme = "light" | "dark" | "system";
export const THEME_STORAGE_KEY = "commonplace-theme";

/*
 * Runs before first paint (inlined in <head>) so the page never flashes the wrong theme.
 * Kept tiny and dependency-free; `applyTheme` in theme.tsx mirrors it at runtime.
 */
export const themeScript = `(function(){try{var t=localStorage.getItem("${THEME_STORAGE_KEY}");var d=t==="dark"||((t!=="light")&&matchMedia("(prefers-color-scheme: dark)").matches);var r=document.documentElement;r.classList.toggle("dark",d);r.style.colorScheme=d?"dark":"light";}catch(e){}})();`;

/** Render inside <head>; pair with `suppressHydrationWarning` on <html>. */
export function ThemeScript({ nonce }: { nonce?: string }) {
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: themeScript }} />;
}
