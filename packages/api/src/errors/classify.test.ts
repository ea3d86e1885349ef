import { describe, expect, it } from "vitest";
import { serviceUnavailable, toAppError, unreachableService } from "./classify.ts";

const named = (name: string, extra: Record<string, unknown> = {}) => Object.assign(new Error("failed"), { name, ...extra });

describe("unreachableService: Meilisearch through meilisearch-js", () => {
  // 0.5x+ spells them Meilisearch…: a long query's index statistics (getStats) failed as a 500, not the 503 naming search.
  it("names search for the current client's request and timeout errors", () => {
    expect(unreachableService(named("MeilisearchRequestError", { cause: new TypeError("fetch failed") }))).toBe("search");
    expect(unreachableService(named("MeilisearchRequestTimeOutError"))).toBe("search");
    expect(unreachableService(named("MeiliSearchCommunicationError"))).toBe("search");
  });

  it("names search for a 5xx answer only: a 4xx is a bug, not an outage", () => {
    expect(unreachableService(named("MeilisearchApiError", { response: { status: 503 } }))).toBe("search");
    expect(unreachableService(named("MeilisearchApiError", { response: { status: 400 } }))).toBeNull();
  });
});

describe("unreachableService / toAppError: the product's own Meilisearch transport", () => {
  it("a 5xx or no answer names search; a 4xx is a bug, not an outage", () => {
    expect(unreachableService(named("SearchRequestError", { status: 503 }))).toBe("search");
    expect(unreachableService(named("SearchRequestError"))).toBe("search");
    expect(unreachableService(named("SearchRequestError", { status: 404, code: "index_not_found" }))).toBeNull();
  });

  it("an index that does not exist yet is 'not ready', an outage is 'unavailable'; both are 503s with Retry-After", () => {
    const notReady = toAppError(named("SearchRequestError", { status: 503, code: "index_not_found" }));
    expect(notReady).toMatchObject({ status: 503, appCode: "search_not_ready", retryAfter: 10 });
    expect(notReady.message).toMatch(/not ready/);
    const down = toAppError(named("SearchRequestError", { status: 502 }));
    expect(down).toMatchObject({ status: 503, appCode: "search_unavailable", retryAfter: 10 });
    expect(serviceUnavailable("search").appCode).toBe("search_unavailable");
  });
});
