import { AppError } from "../errors/index.ts";
import { env } from "../env.ts";
import { addressKey, isLimited, limiter, type LimiterSpec } from "./rate-limit-store.ts";

/**
 * Request limits where abuse is cheap. Counted per client address (anonymous) or per account, shared by
 * every web instance. Over a limit: AppError rate_limited → 429 with Retry-After (tRPC and REST alike).
 * RATE_LIMIT_SCALE multiplies the points (0 turns request limits off).
 */
export const REQUEST_LIMITS = {
  signUp: { points: 10, duration: 60 * 60 },
  resetMailByAddress: { points: 10, duration: 60 * 60 },
  resetMailByEmail: { points: 3, duration: 60 * 60 },
  searchAnonymous: { points: 120, duration: 60 },
  searchSignedIn: { points: 600, duration: 60 },
  importRuns: { points: 60, duration: 60 * 60 },
  styleUploads: { points: 30, duration: 60 * 60 },
  corrections: { points: 30, duration: 60 * 60 },
} satisfies Record<string, LimiterSpec>;

/** Long (natural-language) searches running at once; slots expire after `duration` if an instance dies holding one. */
export const CONCURRENCY_LIMITS = {
  longSearchAnonymousTotal: { points: 4, duration: 120 },
  longSearchPerCaller: { points: 2, duration: 120 },
} satisfies Record<string, LimiterSpec>;

export type RequestLimit = keyof typeof REQUEST_LIMITS;

const MESSAGES: Record<RequestLimit, string> = {
  signUp: "Too many sign-ups from your network.",
  resetMailByAddress: "Too many password-reset requests from your network.",
  resetMailByEmail: "Too many password-reset mails for this address.",
  searchAnonymous: "Too many searches from your network. Sign in for a higher limit.",
  searchSignedIn: "Too many searches.",
  importRuns: "Too many imports (uploads, pasted text, identifiers) in the last hour.",
  styleUploads: "Too many citation styles added in the last hour.",
  corrections: "Too many corrections suggested in the last hour.",
};

function scaled(spec: LimiterSpec): LimiterSpec | null {
  const scale = env().RATE_LIMIT_SCALE;
  return scale === 0 ? null : { ...spec, points: Math.max(1, Math.round(spec.points * scale)) };
}

export function rateLimited(message: string, msBeforeNext: number): AppError {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new AppError("rate_limited", `${message} Try again in ${seconds < 90 ? `${seconds} s` : `${Math.ceil(seconds / 60)} min`}.`, { retryAfter: seconds });
}

/** Takes one request from `name`'s budget for `subject` (an address or an account id); throws 429 when spent. */
export async function takeRequest(name: RequestLimit, subject: { address?: string | null; userId?: string | null; key?: string }): Promise<void> {
  const spec = scaled(REQUEST_LIMITS[name]);
  const key = subject.key ?? (subject.userId ? `u:${subject.userId}` : subject.address ? `a:${addressKey(subject.address)}` : null);
  if (!spec || !key) return; // in-process callers have no address; limits are for clients
  try {
    await limiter(name, spec).consume(key);
  } catch (error) {
    if (isLimited(error)) throw rateLimited(MESSAGES[name], error.msBeforeNext);
    throw error;
  }
}

/**
 * Runs `fn` holding one slot of each named concurrency limit (all or none); 429 when one is full.
 * Slots are counted in PostgreSQL, so the cap holds across instances.
 */
export async function withSlots<T>(slots: { name: keyof typeof CONCURRENCY_LIMITS; key: string }[], message: string, fn: () => Promise<T>): Promise<T> {
  if (env().RATE_LIMIT_SCALE === 0) return fn();
  const held: { name: keyof typeof CONCURRENCY_LIMITS; key: string }[] = [];
  const release = () =>
    Promise.all(
      held.map((s) =>
        limiter(`slot-${s.name}`, CONCURRENCY_LIMITS[s.name])
          .reward(s.key, 1)
          .catch(() => undefined),
      ),
    );
  try {
    for (const slot of slots) {
      const taken = await limiter(`slot-${slot.name}`, CONCURRENCY_LIMITS[slot.name]).consume(slot.key);
      held.push(slot);
      void taken;
    }
  } catch (error) {
    // consume() counted the refused attempt too: give it back with the slots already held.
    if (isLimited(error)) {
      const refused = slots[held.length]!;
      await limiter(`slot-${refused.name}`, CONCURRENCY_LIMITS[refused.name])
        .reward(refused.key, 1)
        .catch(() => undefined);
      await release();
      throw new AppError("rate_limited", `${message} Try again in a few seconds.`, { retryAfter: 2 });
    }
    await release();
    throw error;
  }
  try {
    return await fn();
  } finally {
    await release();
  }
}
