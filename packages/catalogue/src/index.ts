// @commonplace/catalogue — the canonical paper record, below both the API (accept, reject, revert) and the
// worker (imports): one definition of its fields and one re-anchoring of annotations when its text changes.
export {
  FIELD_NAMES,
  IDENTIFIER_NAMES,
  NEVER_FILLED,
  RECORD_NAMES,
  TEXT_FIELDS,
  differingFields,
  fieldValuesOf,
  fieldsDigest,
  isEmptyValue,
  pick,
  sameFieldValue,
  type FieldName,
  type FieldValues,
  type IdentifierName,
  type IdentifierValues,
  type PartialFields,
  type PartialRecord,
  type RecordName,
  type RecordValues,
} from "./fields.ts";
export { reanchorPaper, type ReanchorSummary } from "./reanchor.ts";
export { checkTag, keywordsToTags, normalizeTag, normalizeTagSet, TAG_MAX_LENGTH, TAGS_PER_TARGET, type TagCheck } from "./tags.ts";
export {
  ACTIVITY_WEIGHT,
  HALF_LIFE_MS,
  MIN_ACTIVE_PAPERS,
  RECENCY_PRIOR,
  WINDOW_MS,
  activePaperCount,
  decay,
  publicAnnotationSql,
  rankTrending,
  trendingScore,
  type ScoreInput,
  type TrendingPage,
} from "./trending.ts";
export {
  DERIVED_PAPER_TABLES,
  DISCOVERY_LOCK_KEY,
  DISCOVERY_REFRESH_MS,
  DISCOVERY_STALE_MS,
  discoveryIsStale,
  rankStoredTrending,
  refreshCategoryCounts,
  refreshDiscovery,
  refreshTrending,
  storedActiveCount,
  storedCategoryCounts,
} from "./discovery-store.ts";
