import { describe, expect, it } from "vitest";
import { searchErrorTitle, searchRetryMs, searchStatusText } from "./search-errors";

// The shapes the tRPC client hands the page (errorFormatter in packages/api trpc.ts: appCode, httpStatus, retryAfter).
const notReady = { data: { appCode: "search_not_ready", httpStatus: 503, retryAfter: 10 } };
const outage = { data: { appCode: "search_unavailable", httpStatus: 503, retryAfter: 5 } };
const limited = { data: { appCode: "rate_limited", httpStatus: 429, retryAfter: 30 } };
const invalid = { data: { appCode: "invalid_input", httpStatus: 400, retryAfter: null } };
const noAnswer = new Error("Failed to fetch");

describe("the search page's failures", () => {
  it("titles each failure by its code", () => {
    expect(searchErrorTitle(notReady)).toBe("Search is getting ready.");
    expect(searchErrorTitle(outage)).toBe("Search is temporarily unavailable.");
    expect(searchErrorTitle(limited)).toBe("Too many searches right now.");
    expect(searchErrorTitle(invalid)).toBe("This search cannot be run.");
    expect(searchErrorTitle(noAnswer)).toBe("Search failed.");
  });

  it("asks again after the Retry-After of a 503, and after 10 s when the server did not answer", () => {
    expect(searchRetryMs(notReady)).toBe(10_000);
    expect(searchRetryMs(outage)).toBe(5_000);
    expect(searchRetryMs(noAnswer)).toBe(10_000);
    expect(searchRetryMs({ data: { appCode: "search_not_ready", httpStatus: 503, retryAfter: 3600 } })).toBe(60_000);
    expect(searchRetryMs({ data: { appCode: "search_not_ready", httpStatus: 503, retryAfter: 0 } })).toBe(1_000);
  });

  it("leaves refused searches and other failures to the person", () => {
    expect(searchRetryMs(limited)).toBeNull();
    expect(searchRetryMs(invalid)).toBeNull();
    expect(searchRetryMs({ data: { appCode: "internal", httpStatus: 500, retryAfter: null } })).toBeNull();
  });

  it("says on the results line whether it will try again", () => {
    expect(searchStatusText(notReady)).toBe("Trying again shortly…");
    expect(searchStatusText(noAnswer)).toBe("Trying again shortly…");
    expect(searchStatusText(invalid)).toBe("Search failed");
  });
});
