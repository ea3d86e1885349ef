export { AppError, APP_ERRORS, fromTrpc, type AppErrorKind, type AppErrorOptions } from "./app-error.ts";
export { toAppError, fromZod, serviceUnavailable, unreachableService, RETRY_AFTER_OUTAGE_SECONDS } from "./classify.ts";
export { errorBody, errorResponse, responseForThrown, fail, type ErrorBody } from "./http.ts";
