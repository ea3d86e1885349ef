// Highlight colours as W3C style classes. The model (§4.4) says a styleClass names a class of a CSS
// stylesheet carried by the Annotation, so every annotation that uses one embeds a CssStylesheet
// defining exactly the classes it uses (a reader without Commonplace still shows the colour).

export const COLOR_CLASS_PREFIX = "cp-color-";

/** The palette of the reading room (annotations.schemas ANNOTATION_COLORS), as highlight backgrounds. */
const PALETTE: Record<string, string> = {
  yellow: "#fef08a",
  green: "#bbf7d0",
  blue: "#bfdbfe",
  pink: "#fbcfe8",
  purple: "#e9d5ff",
};

/** "yellow" → "cp-color-yellow", "#FDE047" → "cp-color-hex-fde047"; anything else is not exported. */
export function colorToStyleClass(color: string): string | undefined {
  const c = color.trim().toLowerCase();
  if (/^#[0-9a-f]{3,8}$/.test(c)) return `${COLOR_CLASS_PREFIX}hex-${c.slice(1)}`;
  if (/^[a-z][a-z0-9-]{0,31}$/.test(c)) return COLOR_CLASS_PREFIX + c;
  return undefined;
}

export function styleClassToColor(styleClass: string): string | undefined {
  if (!styleClass.startsWith(COLOR_CLASS_PREFIX)) return undefined;
  const rest = styleClass.slice(COLOR_CLASS_PREFIX.length);
  const hex = /^hex-([0-9a-f]{3,8})$/.exec(rest);
  if (hex) return `#${hex[1]}`;
  return /^[a-z][a-z0-9-]{0,31}$/.test(rest) ? rest : undefined;
}

/** The CSS colour a style class stands for (a named colour outside the palette is passed to CSS as is). */
function cssColor(styleClass: string): string {
  const color = styleClassToColor(styleClass) ?? "yellow";
  return color.startsWith("#") ? color : (PALETTE[color] ?? color);
}

export interface CssStylesheet {
  type: "CssStylesheet";
  value: string;
}

/** An embedded stylesheet defining `classes` (deduplicated, in order). */
export function stylesheetFor(classes: readonly string[]): CssStylesheet {
  const rules = [...new Set(classes)].map((c) => `.${c} { background-color: ${cssColor(c)}; }`);
  return { type: "CssStylesheet", value: rules.join("\n") };
}
