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
