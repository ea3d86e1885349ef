"use client";

import { useEffect, useState } from "react";
import { cn } from "../lib/cn.ts";

/** Up to two initials from a display name (or handle). */
export function initialsOf(name: string): string {
  const words = name
    .trim()
    .split(/[\s._-]+/)
    .filter(Boolean);
  const first = words[0]?.[0] ?? "?";
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? "") : "";
  return (first + last).toUpperCase();
}

// A stable, muted tint per person, so avatars without photos are still distinguishable.
const tints = [
  "bg-[oklch(0.9_0.04_262)] text-[oklch(0.38_0.1_262)] dark:bg-[oklch(0.34_0.05_262)] dark:text-[oklch(0.88_0.05_262)]",
  "bg-[oklch(0.9_0.05_150)] text-[oklch(0.38_0.08_150)] dark:bg-[oklch(0.34_0.05_150)] dark:text-[oklch(0.88_0.05_150)]",
  "bg-[oklch(0.91_0.05_60)] text-[oklch(0.42_0.09_55)] dark:bg-[oklch(0.35_0.05_60)] dark:text-[oklch(0.9_0.05_60)]",
  "bg-[oklch(0.9_0.04_330)] text-[oklch(0.4_0.1_330)] dark:bg-[oklch(0.34_0.05_330)] dark:text-[oklch(0.88_0.05_330)]",
  "bg-[oklch(0.9_0.04_200)] text-[oklch(0.38_0.07_200)] dark:bg-[oklch(0.34_0.04_200)] dark:text-[oklch(0.88_0.05_200)]",
];

function tintFor(seed: string): string {
  let hash = 0;
  for (const ch of seed) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return tints[hash % tints.length] ?? tints[0]!;
}

const sizes = { xs: "size-5 text-[9px]", sm: "size-7 text-[11px]", md: "size-8 text-xs", lg: "size-12 text-base" } as const;

export type AvatarProps = {
  name: string;
  src?: string | null;
  size?: keyof typeof sizes;
  className?: string;
  /** Avatars usually sit next to the person's name; set when the avatar stands alone. */
  labelled?: boolean;
};

type ImageStatus = "loading" | "loaded" | "error";

/** Whether the photo has loaded: it is only shown once it has, so a broken or slow photo never shows as a broken image. */
function useImageStatus(src: string | null | undefined): ImageStatus {
  const [status, setStatus] = useState<{ src: string | null | undefined; status: ImageStatus }>({ src, status: src ? "loading" : "error" });
  useEffect(() => {
    if (!src) return; // no photo: "error" below, without a render of its own
    let active = true;
    const image = new window.Image();
    const settle = (next: ImageStatus) => () => active && setStatus({ src, status: next });
    image.onload = settle("loaded");
    image.onerror = settle("error");
    image.src = src;
    if (image.complete && image.naturalWidth > 0) settle("loaded")();
    return () => {
      active = false;
    };
  }, [src]);
  return status.src === src ? status.status : src ? "loading" : "error";
}

/** True once `delayMs` has passed (at once for 0), so initials do not flash before a photo that loads quickly. */
function useDelayElapsed(delayMs: number): boolean {
  const [elapsed, setElapsed] = useState(false);
  useEffect(() => {
    if (delayMs === 0) return;
    const timer = window.setTimeout(() => setElapsed(true), delayMs);
    return () => window.clearTimeout(timer);
  }, [delayMs]);
  return delayMs === 0 || elapsed;
}

// The same markup and behaviour as radix's Avatar (photo once loaded, initials otherwise, after a short delay when a
// photo is on its way), without radix's Slot/context machinery in every page's first-load JavaScript.
export function Avatar({ name, src, size = "md", className, labelled = false }: AvatarProps) {
  const status = useImageStatus(src);
  const fallbackDelayElapsed = useDelayElapsed(src ? 400 : 0);
  return (
    <span
      role={labelled ? "img" : undefined}
      aria-label={labelled ? name : undefined}
      aria-hidden={labelled ? undefined : true}
      className={cn("relative inline-flex shrink-0 overflow-hidden rounded-full ring-1 ring-black/5 dark:ring-white/10", sizes[size], className)}
    >
      {src && status === "loaded" ? <img src={src} alt="" className="size-full object-cover" /> : null}
      {status !== "loaded" && fallbackDelayElapsed ? (
        <span className={cn("flex size-full items-center justify-center font-semibold tracking-wide", tintFor(name))}>{initialsOf(name)}</span>
      ) : null}
    </span>
  );
}
