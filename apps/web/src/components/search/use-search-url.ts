"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useMemo, useRef } from "react";
import { parseSearchState, searchHref, type SearchState } from "./search-state";

/** Typing within this long of the previous write refines the same history entry. */
const TYPING_SESSION_MS = 1500;

/**
 * The search state, read from the URL, and a way to change it. Writes go through the native History
 * API, which Next's router observes: useSearchParams updates without a server round trip, and
 * back/forward restore earlier searches. A burst of typing makes one history entry, not one per key.
 */
export function useSearchUrl() {
  const searchParams = useSearchParams();
  const state = useMemo(() => parseSearchState(new URLSearchParams(searchParams.toString())), [searchParams]);
  const lastTypingWrite = useRef(0);

  const navigate = useCallback((next: SearchState, options: { typing?: boolean } = {}) => {
    const href = searchHref(next);
    if (href === window.location.pathname + window.location.search) return;
    const now = Date.now();
    const refine = options.typing === true && now - lastTypingWrite.current < TYPING_SESSION_MS;
    lastTypingWrite.current = options.typing ? now : 0;
    if (refine) window.history.replaceState(null, "", href);
    else window.history.pushState(null, "", href);
  }, []);

  return { state, navigate };
}
