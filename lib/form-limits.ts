/** The numbers that form messages mention, in one object for the message placeholders. */
import { NAME_MAX_LENGTH } from "./schemas/account";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password";
import { REPORT_DETAILS_MAX, REPORT_DETAILS_MIN_FOR_OTHER } from "./schemas/report";
import { REVIEW_BODY_MAX, REVIEW_BODY_MIN, REVIEW_ORDERED_MAX, REVIEW_TITLE_MAX } from "./schemas/review";

export const FORM_LIMITS = {
  passwordMin: PASSWORD_MIN_LENGTH,
  passwordMax: PASSWORD_MAX_LENGTH,
  nameMax: NAME_MAX_LENGTH,
  titleMax: REVIEW_TITLE_MAX,
  bodyMin: REVIEW_BODY_MIN,
  bodyMax: REVIEW_BODY_MAX,
  orderedMax: REVIEW_ORDERED_MAX,
  detailsMin: REPORT_DETAILS_MIN_FOR_OTHER,
  detailsMax: REPORT_DETAILS_MAX,
} as const;
