import { z } from "zod";
import { toPlainText } from "../plain-text";

export const REVIEW_TITLE_MAX = 120;
export const REVIEW_BODY_MIN = 30;
export const REVIEW_BODY_MAX = 4000;
export const REVIEW_ORDERED_MAX = 200;
/** Visits before this are not worth a review of today's supplier (and catch typos like 0202). */
export const REVIEW_EARLIEST_VISIT = "2000-01-01";

const singleLine = (max: number, tooLong: string) =>
  z
    .string()
    .optional()
    .transform((v) => toPlainText(v ?? "", { multiline: false }))
    .pipe(z.string().max(max, tooLong));

/** "YYYY-MM-DD" of today in the latest time zone, so nobody's today is refused as the future. */
function latestToday(now: Date): string {
  return new Date(now.getTime() + 14 * 3600_000).toISOString().slice(0, 10);
}

export const reviewSchema = z.object({
  rating: z.coerce.number<unknown>("ratingRequired").int("ratingRequired").min(1, "ratingRequired").max(5, "ratingRequired"),
  title: singleLine(REVIEW_TITLE_MAX, "titleTooLong"),
  body: z
    .string("bodyTooShort")
    .transform((v) => toPlainText(v))
    .pipe(z.string().min(REVIEW_BODY_MIN, "bodyTooShort").max(REVIEW_BODY_MAX, "bodyTooLong")),
  ordered: singleLine(REVIEW_ORDERED_MAX, "orderedTooLong"),
  visitedOn: z
    .string()
    .optional()
    .transform((v) => v?.trim() ?? "")
    .refine((v) => v === "" || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))), "visitedOnInvalid")
    .refine((v) => v === "" || v >= REVIEW_EARLIEST_VISIT, "visitedOnInvalid")
    .refine((v) => v === "" || v <= latestToday(new Date()), "visitedOnFuture"),
});

export type ReviewInput = z.infer<typeof reviewSchema>;
export const REVIEW_FIELDS = ["rating", "title", "body", "ordered", "visitedOn"] as const;
