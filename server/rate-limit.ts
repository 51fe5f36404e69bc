import "server-only";
import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import { RateLimiterRes, RateLimiterSQLite } from "rate-limiter-flexible";
import { getEnv } from "@/lib/env";
import { RateLimitedError } from "@/lib/errors";
import { ipRateLimitKey } from "@/lib/client-ip";
import { RATE_LIMITS, type RateLimitName } from "@/lib/rate-limits";
import { withWriteLock } from "./write-lock";

/**
 * Rate limits shared by every app process: fixed-window counters in the RateLimit table,
 * through rate-limiter-flexible's SQLite store. Each consume is one INSERT … ON CONFLICT DO
 * UPDATE … RETURNING statement, so concurrent requests (in this process or another one on the
 * same file) can never both take the last point. The store needs a better-sqlite3 handle of its
 * own; it only ever touches this table. Its writes take the process's write lock first
 * (server/write-lock.ts): better-sqlite3 would otherwise wait for a transaction open on Prisma's
 * connection synchronously, stopping the very event loop that transaction needs to finish.
 */

export type RateLimitRule = { key: string; limit: number; windowMs: number };
export type RateLimitResult = { ok: boolean; remaining: number; retryAfterSeconds: number };

const globalForLimiter = globalThis as unknown as { rateLimitDb?: Database.Database };

function connection(): Database.Database {
  if (!globalForLimiter.rateLimitDb) {
    const sqlite = new Database(getEnv().databasePath, { fileMustExist: true, timeout: 5000 });
    globalForLimiter.rateLimitDb = sqlite;
  }
  return globalForLimiter.rateLimitDb;
}

const limiters = new Map<string, RateLimiterSQLite>();

function limiterFor(limit: number, windowMs: number): RateLimiterSQLite {
  const id = `${limit}/${windowMs}`;
  let limiter = limiters.get(id);
  if (!limiter) {
    limiter = new RateLimiterSQLite({
      storeClient: connection(),
      storeType: "better-sqlite3",
      tableName: "RateLimit",
      tableCreated: true,
      keyPrefix: "rl",
      points: limit,
      duration: Math.max(1, Math.ceil(windowMs / 1000)),
    });
    limiters.set(id, limiter);
  }
  return limiter;
}

let lastSweep = 0;

/** Expired windows are dead rows; drop them now and then instead of on a timer. */
function sweepExpired(now: number) {
  if (now - lastSweep < 10 * 60_000) return;
  lastSweep = now;
  connection().prepare(`DELETE FROM "RateLimit" WHERE "expire" < ?`).run(now);
}

function resultOf(res: RateLimiterRes, limit: number): RateLimitResult {
  const used = res.consumedPoints;
  return {
    ok: used <= limit,
    remaining: Math.max(0, limit - used),
    retryAfterSeconds: used <= limit ? 0 : Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
  };
}

/** Takes one point; `ok` is false once the window's `limit` points are used. */
export function consumeRateLimit({ key, limit, windowMs }: RateLimitRule): Promise<RateLimitResult> {
  return withWriteLock(async () => {
    sweepExpired(Date.now());
    try {
      return resultOf(await limiterFor(limit, windowMs).consume(key), limit);
    } catch (rejection) {
      // The library rejects with the counter's state when the limit is reached, and with an Error
      // when the store fails; only the first is an answer.
      if (rejection instanceof RateLimiterRes) return resultOf(rejection, limit);
      throw rejection;
    }
  });
}

/** Whether one more point would still be within the limit, without taking it. */
export async function peekRateLimit({ key, limit, windowMs }: RateLimitRule): Promise<RateLimitResult> {
  const res = await limiterFor(limit, windowMs).get(key);
  if (!res || res.consumedPoints < limit) return { ok: true, remaining: limit - (res?.consumedPoints ?? 0), retryAfterSeconds: 0 };
  return { ok: false, remaining: 0, retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
}

export async function resetRateLimit({ key, limit, windowMs }: RateLimitRule): Promise<void> {
  await withWriteLock(() => limiterFor(limit, windowMs).delete(key));
}

/** Gives one point back, e.g. when an attempt that was counted turned out to be a success. */
export async function refundRateLimit({ key, limit, windowMs }: RateLimitRule): Promise<void> {
  const limiter = limiterFor(limit, windowMs);
  await withWriteLock(async () => {
    const current = await limiter.get(key);
    if (current && current.consumedPoints > 0) await limiter.reward(key, 1);
  });
}

/** Keys of one named limit: who the counter is for, never the raw e-mail address. */
export function rateLimitRule(name: RateLimitName, subject: { userId: string } | { ip: string } | { email: string }): RateLimitRule {
  const policy = RATE_LIMITS[name];
  let who: string;
  if ("userId" in subject) who = `user:${subject.userId}`;
  else if ("ip" in subject) who = `ip:${ipRateLimitKey(subject.ip)}`;
  else who = `email:${createHash("sha256").update(subject.email.trim().toLowerCase()).digest("base64url")}`;
  return { key: `${name}:${who}`, ...policy };
}

/**
 * Takes a point from every counter of a write and throws RateLimitedError when any is used up
 * (with the longest wait). All counters are charged, so hammering one key cannot hide behind
 * another that is still open.
 */
export async function enforceRateLimits(rules: RateLimitRule[]): Promise<void> {
  let wait = 0;
  for (const rule of rules) {
    const result = await consumeRateLimit(rule);
    if (!result.ok) wait = Math.max(wait, result.retryAfterSeconds);
  }
  if (wait > 0) throw new RateLimitedError(wait);
}
