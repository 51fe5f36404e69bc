import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it, vi } from "vitest";
import { RateLimitedError } from "@/lib/errors";
import { RATE_LIMITS } from "@/lib/rate-limits";
import { consumeRateLimit, enforceRateLimits, peekRateLimit, rateLimitRule, resetRateLimit } from "./rate-limit";

const run = promisify(execFile);
let n = 0;
const fresh = (limit = 3, windowMs = 60_000) => ({ key: `test:${++n}:${Date.now()}`, limit, windowMs });

afterEach(() => {
  vi.useRealTimers();
});

describe("consumeRateLimit", () => {
  it("allows `limit` attempts in a window, then refuses with the time left", async () => {
    const rule = fresh(3, 60_000);
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await consumeRateLimit(rule));
    expect(results.map((r) => r.ok)).toEqual([true, true, true, false, false]);
    expect(results.map((r) => r.remaining)).toEqual([2, 1, 0, 0, 0]);
    expect(results[3].retryAfterSeconds).toBeGreaterThan(0);
    expect(results[3].retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it("keeps keys apart", async () => {
    const a = fresh(1);
    const b = fresh(1);
    expect((await consumeRateLimit(a)).ok).toBe(true);
    expect((await consumeRateLimit(a)).ok).toBe(false);
    expect((await consumeRateLimit(b)).ok).toBe(true);
  });

  it("opens again when the window has passed", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const start = new Date("2030-01-01T00:00:00Z");
    vi.setSystemTime(start);
    const rule = fresh(2, 10_000);
    await consumeRateLimit(rule);
    await consumeRateLimit(rule);
    expect((await consumeRateLimit(rule)).ok).toBe(false);
    vi.setSystemTime(start.getTime() + 9_000);
    expect((await consumeRateLimit(rule)).ok).toBe(false);
    vi.setSystemTime(start.getTime() + 10_001);
    expect(await consumeRateLimit(rule)).toMatchObject({ ok: true, remaining: 1 });
  });

  it("never lets more than `limit` through when many requests race in one process", async () => {
    const rule = fresh(10);
    const results = await Promise.all(Array.from({ length: 40 }, () => consumeRateLimit(rule)));
    expect(results.filter((r) => r.ok)).toHaveLength(10);
  });

  it("never lets more than `limit` through when several processes share the database", async () => {
    const rule = fresh(50);
    const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
    const worker = path.join(process.cwd(), "server", "test", "rate-limit-worker.ts");
    // Process start-up takes a second or two here; all four fire together after that.
    const startAt = String(Date.now() + 6000);
    const outputs = await Promise.all(
      Array.from({ length: 4 }, () => run(tsx, ["--conditions=react-server", worker, rule.key, "50", "30", startAt], { env: process.env })),
    );
    const allowed = outputs.map((o) => Number(o.stdout.trim()));
    expect(allowed.reduce((a, b) => a + b, 0)).toBe(50);
  }, 60_000);
});

describe("peek and reset", () => {
  it("peeks without taking a point and resets a counter", async () => {
    const rule = fresh(2);
    expect(await peekRateLimit(rule)).toMatchObject({ ok: true, remaining: 2 });
    await consumeRateLimit(rule);
    await consumeRateLimit(rule);
    expect((await peekRateLimit(rule)).ok).toBe(false);
    expect((await peekRateLimit(rule)).ok).toBe(false);
    await resetRateLimit(rule);
    expect(await peekRateLimit(rule)).toMatchObject({ ok: true, remaining: 2 });
  });
});

describe("enforceRateLimits", () => {
  it("throws RateLimitedError when any counter is used up, and charges all of them", async () => {
    const tight = fresh(1);
    const loose = fresh(10);
    await enforceRateLimits([tight, loose]);
    const error = await enforceRateLimits([tight, loose]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error).toMatchObject({ code: "RATE_LIMITED", status: 429 });
    expect((error as RateLimitedError).retryAfterSeconds).toBeGreaterThan(0);
    expect((await peekRateLimit(loose)).remaining).toBe(8);
  });
});

describe("rateLimitRule", () => {
  it("names counters by policy and subject, hashing e-mail addresses and grouping IPv6 by /64", () => {
    expect(rateLimitRule("reviewsPerUser", { userId: "u1" })).toEqual({ key: "reviewsPerUser:user:u1", ...RATE_LIMITS.reviewsPerUser });
    expect(rateLimitRule("reviewsPerIp", { ip: "2001:db8:1:2:3:4:5:6" }).key).toBe("reviewsPerIp:ip:2001:db8:1:2::/64");
    const byEmail = rateLimitRule("passwordResetPerEmail", { email: " Mei@Example.com " });
    expect(byEmail.key).not.toContain("mei");
    expect(byEmail.key).toBe(rateLimitRule("passwordResetPerEmail", { email: "mei@example.com" }).key);
  });
});
