import { describe, expect, it } from "vitest";
import { unreachableService } from "./classify.ts";

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
