"use client";

import { Suspense, lazy, useEffect, useState, type ReactNode } from "react";
import type { ExternalToast } from "sonner";
import { whenIdle } from "../lib/when-idle.ts";

// sonner (library + toaster UI) stays out of every page's first-load JavaScript: it is fetched once the page
// is idle after hydration, or on the first toast if that comes sooner. Toasts raised before the toaster has
// mounted are not lost: sonner replays them to a toaster that subscribes late.

type Sonner = typeof import("sonner");
type Message = (() => ReactNode) | ReactNode;

let sonner: Promise<Sonner> | undefined;
const onLoad = new Set<() => void>();

function loadSonner(): Promise<Sonner> {
  if (!sonner) {
    sonner = import("sonner");
    // Not synchronously: a toast may be raised while React is rendering another component.
    queueMicrotask(() => onLoad.forEach((listener) => listener()));
  }
  return sonner;
}

function show(kind: "message" | "success" | "error", message: Message, data?: ExternalToast): void {
  void loadSonner().then(({ toast: sonnerToast }) => {
    sonnerToast[kind](message, data);
  });
}

/** Raise a toast: `toast("Saved")`, `toast.success(…)`, `toast.error(…)` (sonner's options). */
export const toast = Object.assign((message: Message, data?: ExternalToast) => show("message", message, data), {
  success: (message: Message, data?: ExternalToast) => show("success", message, data),
  error: (message: Message, data?: ExternalToast) => show("error", message, data),
});

const SonnerToaster = lazy(() => import("./sonner-toaster.tsx"));

/** Place once in the root layout. Mounts sonner's toaster after hydration, when idle (or on the first toast). */
export function Toaster() {
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    if (sonner) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- mounts after hydration (the server renders no toaster); sonner is already loaded here
      setMounted(true);
      return;
    }
    const mount = () => setMounted(true);
    onLoad.add(mount);
    const cancel = whenIdle(() => void loadSonner());
    return () => {
      onLoad.delete(mount);
      cancel();
    };
  }, []);
  if (!mounted) return null;
  return (
    <Suspense fallback={null}>
      <SonnerToaster />
    </Suspense>
  );
}
