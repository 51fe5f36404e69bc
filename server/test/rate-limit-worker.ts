import "server-only";
import { consumeRateLimit } from "@/server/rate-limit";

/**
 * A separate process hammering one counter, for the concurrency test in server/rate-limit.test.ts:
 * prints how many of its attempts were allowed. All workers start at the same wall-clock moment
 * so that their writes really overlap.
 * Usage: tsx rate-limit-worker.ts <key> <limit> <attempts> <start at, Unix ms>
 */
const [key, limit, attempts, startAt] = process.argv.slice(2);
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
const results = await Promise.all(
  Array.from({ length: Number(attempts) }, () => consumeRateLimit({ key, limit: Number(limit), windowMs: 60_000 })),
);
console.log(results.filter((r) => r.ok).length);
