import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { headers } from "next/headers";
import { ThemeScript, cn } from "@commonplace/ui";
import { clientEnv } from "@/env";
import { NONCE_HEADER } from "@/lib/paths";
import { inter, sourceSerif } from "./fonts";
import { Providers } from "./providers";
import "katex/dist/katex.min.css";
import "./globals.css";
import "./math.css";

const appName = clientEnv.NEXT_PUBLIC_APP_NAME;

export const metadata: Metadata = {
  title: { default: `${appName} — read research together`, template: `%s · ${appName}` },
  description: "Find papers, highlight and discuss passages, and share annotated reading lists with your team. Self-hosted.",
  applicationName: appName,
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbf9f4" },
    { media: "(prefers-color-scheme: dark)", color: "#1c1a17" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The CSP nonce of this response (proxy.ts). Reading it renders every page per request, which a
  // nonce-based policy needs: Next puts the same nonce on its own scripts.
  const nonce = (await headers()).get(NONCE_HEADER) ?? undefined;
  return (
    // The theme script toggles the `dark` class before hydration.
    <html lang="en" suppressHydrationWarning className={cn(inter.variable, sourceSerif.variable)}>
      <head>
        <ThemeScript nonce={nonce} />
      </head>
      <body className="min-h-dvh bg-paper font-sans text-ink antialiased">
        <a
          href="#main"
          className="fixed top-3 left-3 z-[100] -translate-y-20 rounded-md bg-accent px-3 py-2 text-sm font-medium text-accent-ink shadow-md transition-transform focus:translate-y-0"
        >
          Skip to content
        </a>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
