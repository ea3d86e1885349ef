"use client";

import { useCallback, useState } from "react";

const KEY = "commonplace:cite-style";
export const DEFAULT_STYLE = "apa";

function saved(): string {
  try {
    return window.localStorage.getItem(KEY) ?? DEFAULT_STYLE;
  } catch {
    return DEFAULT_STYLE;
  }
}

/**
 * The citation style last chosen in any Cite dialog (remembered in this browser). The dialog mounts only once
 * opened, in the browser, so the saved choice is read as its first state (no server render to match).
 */
export function useStyleChoice(): [string, (key: string) => void] {
  const [style, setStyle] = useState(() => (typeof window === "undefined" ? DEFAULT_STYLE : saved()));
  const choose = useCallback((key: string) => {
    setStyle(key);
    try {
      window.localStorage.setItem(KEY, key);
    } catch {
      // Private browsing may refuse storage: the choice still holds for this dialog.
    }
  }, []);
  return [style, choose];
}
