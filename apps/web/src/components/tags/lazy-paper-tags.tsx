"use client";

import dynamic from "next/dynamic";

/** My tags on a paper, in its own chunk (as LazyAddToListMenu: the paper page shows it to members only). */
export const LazyPaperTags = dynamic(() => import("./paper-tags").then((m) => m.PaperTags));
