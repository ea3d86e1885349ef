import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "../env.ts";

// rate-limiter-flexible on PostgreSQL: every web instance counts in the same "RateLimit" table with one
// atomic upsert per request, so limits hold across instances and concurrent bursts. The table comes from
// a migration (tableCreated: true), not from the library at run time.

const store = globalThis as unknown as { __commonplaceRateLimitPool?: pg.Pool; __commonplaceLimiters?: Map<string, RateLimiterPostgres> };

function pool(): pg.Pool {
  if (!store.__commonplaceRateLimitPool) {
    const created = new pg.Pool({ connectionString: env().DATABASE_URL, max: 4, idleTimeoutMillis: 30_000 });
    // An idle client's connection dying (database restart) must not crash the process; queries report it.
    created.on("error", () => {});
    store.__commonplaceRateLimitPool = created;
  }
  return store.__commonplaceRateLimitPool;
}

export interface LimiterSpec {
  /** Points (requests, failures, running queries) allowed per `duration` seconds. */
  points: number;
  duration: number;
  /** Seconds a key stays refused once it goes over (default: until the window ends). */
  blockDuration?: number;
}

/** One limiter per name (its key prefix), created on first use. */
export function limiter(name: string, spec: LimiterSpec): RateLimiterPostgres {
  store.__commonplaceLimiters ??= new Map();
  const key = `${name}:${spec.points}:${spec.duration}:${spec.blockDuration ?? 0}`;
  let found = store.__commonplaceLimiters.get(key);
  if (!found) {
    found = new RateLimiterPostgres({
      storeClient: pool(),
      storeType: "pool",
      tableName: "RateLimit",
      tableCreated: true,
      keyPrefix: name,
      points: spec.points,
      duration: spec.duration,
      blockDuration: spec.blockDuration ?? 0,
    });
    store.__commonplaceLimiters.set(key, found);
  }
  return found;
}

/** rate-limiter-flexible rejects with a RateLimiterRes when over the limit, with an Error when the store fails. */
export function isLimited(value: unknown): value is RateLimiterRes {
  return value instanceof RateLimiterRes;
}

/** IPv6 clients usually hold a whole /64: count them per /64 so rotating addresses buys nothing. */
export function addressKey(address: string): string {
  if (!address.includes(":")) return address;
  const [head = ""] = address.split("%");
  const parts = head.split("::");
  const left = parts[0] ? parts[0].split(":") : [];
  const right = parts.length > 1 && parts[1] ? parts[1].split(":") : [];
  const full = [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right];
  return `${full
    .slice(0, 4)
    .map((p) => p.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}
