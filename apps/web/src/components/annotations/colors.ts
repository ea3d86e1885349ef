import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@commonplace/api";

type RouterOutputs = inferRouterOutputs<AppRouter>;

export type Thread = RouterOutputs["annotations"]["list"]["threads"][number];
export type Annotation = Thread["replies"][number];
export type AnnotationColor = NonNullable<Thread["color"]>;
export type Visibility = Thread["visibility"];

export const COLORS: readonly AnnotationColor[] = ["yellow", "green", "blue", "pink", "purple"];

/** Marker tints: yellow is the design system's highlight; the others are equally soft, and deepen in dark mode. */
export const markClass: Record<AnnotationColor, string> = {
  yellow: "bg-[color-mix(in_oklch,var(--highlight)_75%,transparent)]",
  green: "bg-[oklch(0.9_0.08_150/0.75)] dark:bg-[oklch(0.5_0.08_150/0.6)]",
  blue: "bg-[oklch(0.9_0.05_240/0.8)] dark:bg-[oklch(0.48_0.08_240/0.6)]",
  pink: "bg-[oklch(0.91_0.06_355/0.8)] dark:bg-[oklch(0.5_0.09_355/0.55)]",
  purple: "bg-[oklch(0.9_0.06_300/0.8)] dark:bg-[oklch(0.5_0.09_300/0.55)]",
};

/** A plain highlight (no comment, no replies): a lighter tint with a thin underline in its colour. */
export const lightMarkClass: Record<AnnotationColor, string> = {
  yellow: "bg-[color-mix(in_oklch,var(--highlight)_38%,transparent)] shadow-[inset_0_-1.5px_0_0_oklch(0.86_0.15_96)]",
  green: "bg-[oklch(0.9_0.08_150/0.35)] shadow-[inset_0_-1.5px_0_0_oklch(0.78_0.12_150)] dark:bg-[oklch(0.5_0.08_150/0.3)]",
  blue: "bg-[oklch(0.9_0.05_240/0.4)] shadow-[inset_0_-1.5px_0_0_oklch(0.74_0.1_240)] dark:bg-[oklch(0.48_0.08_240/0.3)]",
  pink: "bg-[oklch(0.91_0.06_355/0.4)] shadow-[inset_0_-1.5px_0_0_oklch(0.78_0.11_355)] dark:bg-[oklch(0.5_0.09_355/0.28)]",
  purple: "bg-[oklch(0.9_0.06_300/0.4)] shadow-[inset_0_-1.5px_0_0_oklch(0.74_0.1_300)] dark:bg-[oklch(0.5_0.09_300/0.28)]",
};

/** A solid swatch (toolbar dots, the bar beside a quote). */
export const swatchClass: Record<AnnotationColor, string> = {
  yellow: "bg-[oklch(0.86_0.15_96)] dark:bg-[oklch(0.72_0.13_96)]",
  green: "bg-[oklch(0.78_0.12_150)] dark:bg-[oklch(0.68_0.11_150)]",
  blue: "bg-[oklch(0.74_0.1_240)] dark:bg-[oklch(0.66_0.1_240)]",
  pink: "bg-[oklch(0.78_0.11_355)] dark:bg-[oklch(0.68_0.12_355)]",
  purple: "bg-[oklch(0.74_0.1_300)] dark:bg-[oklch(0.66_0.11_300)]",
};

export const visibilityLabel: Record<Visibility, string> = { PRIVATE: "Only me", TEAM: "Team", PUBLIC: "Public" };
