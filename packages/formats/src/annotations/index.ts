export type {
  AnnotationExportInput,
  ParsedW3CAnnotation,
  W3CMotivation,
  W3CParseOutcome,
  W3CSelector,
  W3CTextPositionSelector,
  W3CTextQuoteSelector,
} from "./types.ts";
export {
  ANNO_CONTEXT,
  annotationIri,
  colorToStyleClass,
  styleClassToColor,
  toW3CAnnotation,
  toW3CCollection,
  toW3CPage,
  type W3CAnnotation,
  type W3CCollectionOptions,
  type W3COptions,
} from "./export.ts";
export { parseW3CAnnotations } from "./parse.ts";
export { stylesheetFor, type CssStylesheet } from "./styles.ts";
export { W3C_MUSTS_SCHEMA, idsIn } from "./w3c-musts.ts";
export { annotationsToMarkdown, type MarkdownExportPaper } from "./markdown-export.ts";
