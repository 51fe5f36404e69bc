import { describe, expect, it } from "vitest";
import { createTtlCache } from "./ttl-cache";

describe("createTtlCache", () => {
  it("loads once per key until the entry expires", async () => {
    let clock = 0;
    let loads = 0;
    const cache = createTtlCache<number>(1000, () => clock);
    const load = async () => ++loads;
    expect(await cache.get("a", load)).toBe(1);
    expect(await cache.get("a", load)).toBe(1);
    expect(await cache.get("b", load)).toBe(2);
    clock = 1001;
    expect(await cache.get("a", load)).toBe(3);
  });

  it("shares one load between concurrent callers and forgets failures", async () => {
    let loads = 0;
    const cache = createTtlCache<number>(1000, () => 0);
    const [x, y] = await Promise.all([cache.get("k", async () => ++loads), cache.get("k", async () => ++loads)]);
    expect([x, y, loads]).toEqual([1, 1, 1]);
    await expect(cache.get("bad", () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await Promise.resolve();
    expect(await cache.get("bad", async () => 7)).toBe(7);
  });
});
