// @commonplace/formats — pure parsers and serializers for paper metadata and full text.
export type { CitablePaper, CitationFields, LinkKind, PaperLink, PaperSource, ParseOutcome, ParsedPaper } from "./types.ts";
export { parseArxivAtom } from "./arxiv-atom.ts";
export { parseArxivJsonLine, parseArxivJsonl, parseArxivJsonlStream } from "./arxiv-jsonl.ts";
export { parseBibtex } from "./bibtex.ts";
export { parseRis } from "./ris.ts";
export { parseCslJson } from "./csl-json.ts";
export { citableToCsl, toBibtex, toCslJson, toMarkdown, toRis, type MarkdownOptions } from "./serialize.ts";
export { citableFromParsed, citableFromStored, type StoredCitable } from "./citable.ts";
/** citation-js alone, without this package's adapters: the formats bench's baseline. */
export { chain as citationJsChain, formatCsl as citationJsFormat } from "./citation.ts";
export { finishCitation } from "./paper.ts";
export { citationFieldsSchema } from "./citation-schema.ts";
export { baseCiteKey, citeKeys } from "./cite-keys.ts";
export { formatJournalRef, parseJournalRef, type CitationDetails } from "./journal-ref.ts";
export { parsePdf, type ParsePdfOptions } from "./pdf.ts";
export { clip, MAX_ABSTRACT_CHARS, MAX_TITLE_CHARS } from "./paper.ts";
export { guessFrontMatter, itemsToLines, type FrontMatter, type Line, type TextItem } from "./pdf-layout.ts";
export { parseDigest } from "./digest.ts";
export {
  arxivAbsUrl,
  arxivPdfUrl,
  doiUrl,
  findArxivIdInText,
  normalizeDoi,
  parseArxivId,
  parseIdentifier,
  splitIdentifiers,
  type Identifier,
} from "./identifiers.ts";
export { resolveIdentifier, type ResolveOptions } from "./resolve-identifier.ts";
export { detectFormat } from "./detect-format.ts";
export { DEFAULT_MAX_BYTES, formatSize, parseFile, type ParseFileOptions } from "./parse-file.ts";
export { collapseWhitespace, firstAuthorLastName, latexToUnicode, normalizeTitle } from "./text.ts";
export { contentHash } from "./content-hash.ts";
export {
  ANNO_CONTEXT,
  annotationIri,
  annotationsToMarkdown,
  colorToStyleClass,
  parseW3CAnnotations,
  styleClassToColor,
  toW3CAnnotation,
  toW3CCollection,
  type AnnotationExportInput,
  type MarkdownExportPaper,
  type ParsedW3CAnnotation,
  type W3CAnnotation,
  type W3CCollectionOptions,
  type W3CMotivation,
  type W3COptions,
  type W3CParseOutcome,
  type W3CSelector,
  type W3CTextPositionSelector,
  type W3CTextQuoteSelector,
} from "./annotations/index.ts";
export { LINK_REL, extractMentions, renderMarkdown } from "./markdown/index.ts";
