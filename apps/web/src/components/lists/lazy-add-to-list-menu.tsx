"use client";

import dynamic from "next/dynamic";

/**
 * The "Add to list" menu (radix dropdown menu + the new-list dialog) in its own chunk. Pages whose server
 * components show it to members only (the paper page) import this one: a route's first-load JavaScript holds
 * every client module its server components import, rendered or not, so visitors would download it otherwise.
 * Members still get it server-rendered.
 */
export const LazyAddToListMenu = dynamic(() => import("./add-to-list-menu").then((m) => m.AddToListMenu));
