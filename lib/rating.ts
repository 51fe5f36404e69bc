/**
 * Rating math: the one definition of a supplier's average, count and histogram. Only visible
 * reviews are counted; the server recomputes the stored columns from these functions inside the
 * same transaction as every review write (server/data/reviews.ts).
 */
export const STARS = [1, 2, 3, 4, 5] as const;
export type Stars = (typeof STARS)[number];
export type Histogram = Record<Stars, number>;
export type RatingSummary = { average: number; count: number; histogram: Histogram };

export function isStars(value: unknown): value is Stars {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 5;
}

export function emptyHistogram(): Histogram {
  return { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
}

/** From (stars, how many) pairs, as a GROUP BY returns them. Out-of-range stars are ignored. */
export function summarizeCounts(rows: Iterable<{ rating: number; count: number }>): RatingSummary {
  const histogram = emptyHistogram();
  for (const { rating, count } of rows) {
    if (isStars(rating) && Number.isInteger(count) && count > 0) histogram[rating] += count;
  }
  let count = 0;
  let sum = 0;
  for (const s of STARS) {
    count += histogram[s];
    sum += s * histogram[s];
  }
  return { average: count === 0 ? 0 : sum / count, count, histogram };
}

export function summarizeRatings(ratings: Iterable<number>): RatingSummary {
  const rows: { rating: number; count: number }[] = [];
  for (const rating of ratings) rows.push({ rating, count: 1 });
  return summarizeCounts(rows);
}

/** The average as shown and sent: two decimals, so 4.666… is 4.67 everywhere. */
export function roundAverage(average: number): number {
  return Math.round(average * 100) / 100;
}
