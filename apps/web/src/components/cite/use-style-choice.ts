"use client";

import { useCallback, useEffect, useState } from "react";

const KEY = "commonplace:cite-style";
export const DEFAULT_STYLE = "apa";

/** The citation style last chosen in any Cite dialog (remembered in this browser). */
export function useStyleChoice(): [string, (key: string) => void] {
  const [style, setStyle] = useState(DEFAULT_STYLE);
  useEffect(() => {
    const saved = window.localStorage.getItem(KEY);
    if (saved) setStyle(saved);
  }, []);
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
