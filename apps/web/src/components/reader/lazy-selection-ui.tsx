"use client";

import dynamic from "next/dynamic";
import { useEffect } from "react";
import { whenIdle } from "@commonplace/ui";

// What the reader shows only once someone selects text — the selection toolbar and the comment composer (with its
// mention textarea and scope picker) — is not part of the paper page's first load: it is fetched when the page is
// idle after hydration (usePreloadSelectionUi), and at the latest on the first selection.

const loadToolbar = () => import("./selection-toolbar");
const loadComposer = () => import("../annotations/composer");

export const SelectionToolbar = dynamic(() => loadToolbar().then((m) => m.SelectionToolbar), { ssr: false });
export const Composer = dynamic(() => loadComposer().then((m) => m.Composer), { ssr: false });

/** Fetch the selection UI's code in the background once the page is idle, so the first selection shows it at once. */
export function usePreloadSelectionUi(): void {
  useEffect(() => whenIdle(() => void Promise.all([loadToolbar(), loadComposer()])), []);
}
