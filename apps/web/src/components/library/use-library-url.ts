"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { libraryHref, parseLibraryState, type LibraryState } from "./library-state";

/** The library state from the URL, and a way to change it (History API, as the search page does; typing replaces). */
export function useLibraryUrl() {
  const searchParams = useSearchParams();
  const state = useMemo(() => parseLibraryState(new URLSearchParams(searchParams.toString())), [searchParams]);
  const navigate = useCallback((next: LibraryState, options: { replace?: boolean } = {}) => {
    const href = libraryHref(next);
    if (href === window.location.pathname + window.location.search) return;
    if (options.replace) window.history.replaceState(null, "", href);
    else window.history.pushState(null, "", href);
  }, []);
  return { state, navigate };
}
