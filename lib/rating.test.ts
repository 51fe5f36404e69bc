import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emptyHistogram, isStars, roundAverage, summarizeCounts, summarizeRatings } from "./rating";

describe("summarizeRatings", () => {
  it("is zero with no ratings", () => {
    expect(summarizeRatings([])).toEqual({ average: 0, count: 0, histogram: emptyHistogram() });
  });

  it("averages and counts per star", () => {
    const s = summarizeRatings([5, 4, 4, 1]);
    expect(s.count).toBe(4);
    expect(s.average).toBe(3.5);
    expect(s.histogram).toEqual({ 1: 1, 2: 0, 3: 0, 4: 2, 5: 1 });
  });

  it("ignores values that are not 1–5 stars", () => {
    expect(summarizeRatings([0, 6, 2.5, Number.NaN, 3])).toEqual({ average: 3, count: 1, histogram: { ...emptyHistogram(), 3: 1 } });
  });

  it("agrees with the plain mean for any list of stars", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 200 }), (ratings) => {
        const s = summarizeRatings(ratings);
        expect(s.count).toBe(ratings.length);
        const mean = ratings.length ? ratings.reduce((a, b) => a + b, 0) / ratings.length : 0;
        expect(s.average).toBeCloseTo(mean, 10);
        expect(Object.values(s.histogram).reduce((a, b) => a + b, 0)).toBe(ratings.length);
        if (ratings.length) {
          expect(s.average).toBeGreaterThanOrEqual(1);
          expect(s.average).toBeLessThanOrEqual(5);
        }
      }),
    );
  });
});

describe("summarizeCounts", () => {
  it("adds grouped rows, as from GROUP BY rating", () => {
    expect(summarizeCounts([{ rating: 5, count: 3 }, { rating: 2, count: 1 }])).toEqual({
      average: 17 / 4,
      count: 4,
      histogram: { 1: 0, 2: 1, 3: 0, 4: 0, 5: 3 },
    });
  });

  it("ignores zero, negative and fractional counts", () => {
    expect(summarizeCounts([{ rating: 5, count: 0 }, { rating: 4, count: -2 }, { rating: 3, count: 1.5 }]).count).toBe(0);
  });
});

describe("helpers", () => {
  it("rounds the average to two decimals", () => {
    expect(roundAverage(14 / 3)).toBe(4.67);
    expect(roundAverage(0)).toBe(0);
  });

  it("knows what a star value is", () => {
    expect([1, 5].every(isStars)).toBe(true);
    expect([0, 6, 1.5, "3", null].some(isStars)).toBe(false);
  });
});
