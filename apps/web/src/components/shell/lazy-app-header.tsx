"use client";

import dynamic from "next/dynamic";

/**
 * The member header for the public shell (SiteShell), in its own chunk: the shell shows it or the visitor header,
 * and a route's first-load JavaScript holds every client module its server components import, rendered or not.
 * Members still get it server-rendered; visitors never download it.
 */
export const LazyAppHeader = dynamic(() => import("./app-header").then((m) => m.AppHeader), {
  loading: () => <div className="h-14 border-b border-line" />,
});
