// @commonplace/formats/cite — citations and bibliographies in CSL styles (citation-js + citeproc-js).
export { BUILTIN_STYLES, DEFAULT_STYLE_KEY, builtinStyle, type CitationStyle } from "./builtin-styles.ts";
export { formatCitations, type FormattedCitations } from "./format.ts";
export { checkCslStyle, type StyleCheck } from "./validate-style.ts";
