// Moved to @commonplace/catalogue (the worker needs it too and must not import the API); import it from there.
export {
  FIELD_NAMES,
  NEVER_FILLED,
  TEXT_FIELDS,
  differingFields,
  fieldValuesOf,
  fieldsDigest,
  isEmptyValue,
  pick,
  sameFieldValue,
  type FieldName,
  type FieldValues,
  type PartialFields,
} from "@commonplace/catalogue";
