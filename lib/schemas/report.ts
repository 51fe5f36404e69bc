import { z } from "zod";
import { toPlainText } from "../plain-text";
import { MAX_SLUG_LENGTH } from "../slug";

/** In the order the form lists them; the values are the database's. */
export const REPORT_REASONS = ["SPAM", "WRONG_INFO", "CLOSED", "ABUSE", "OTHER"] as const;
export type ReportReasonValue = (typeof REPORT_REASONS)[number];
export const REPORT_DETAILS_MAX = 1000;
export const REPORT_DETAILS_MIN_FOR_OTHER = 10;

export const reportSchema = z
  .object({
    target: z.enum(["review", "listing"], "reportTargetInvalid"),
    // A listing's slug (up to MAX_SLUG_LENGTH) or a review's id, which is shorter.
    targetId: z.string("reportTargetInvalid").trim().min(1, "reportTargetInvalid").max(MAX_SLUG_LENGTH, "reportTargetInvalid"),
    reason: z.enum(REPORT_REASONS, "reasonRequired"),
    details: z
      .string()
      .optional()
      .transform((v) => toPlainText(v ?? ""))
      .pipe(z.string().max(REPORT_DETAILS_MAX, "detailsTooLong")),
  })
  .superRefine((value, ctx) => {
    if (value.reason === "OTHER" && value.details.length < REPORT_DETAILS_MIN_FOR_OTHER) {
      ctx.addIssue({ code: "custom", path: ["details"], message: "detailsRequired" });
    }
  });

export type ReportInput = z.infer<typeof reportSchema>;
export const REPORT_FIELDS = ["target", "targetId", "reason", "details"] as const;
