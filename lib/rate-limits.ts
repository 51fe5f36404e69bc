/**
 * Every rate limit of the product, by name. A write is refused when any of its counters (per
 * account, per IP address, per e-mail address) is used up; the counters are fixed windows in the
 * database (server/rate-limit.ts). Sign-in counts failures only, so a person who types their
 * password right is never slowed down by others' attempts on their address beyond the account's
 * own limit.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export type RateLimitPolicy = { limit: number; windowMs: number };

export const RATE_LIMITS = {
  signInFailuresPerAccount: { limit: 10, windowMs: 15 * MINUTE },
  signInFailuresPerIp: { limit: 50, windowMs: 15 * MINUTE },
  signUpPerIp: { limit: 5, windowMs: HOUR },
  /** Sign-ups naming one address, so that nobody can flood its owner with "you already have an account" mails. */
  signUpPerEmail: { limit: 3, windowMs: HOUR },
  reviewsPerUser: { limit: 5, windowMs: HOUR },
  reviewsPerIp: { limit: 5, windowMs: HOUR },
  reviewEditsPerUser: { limit: 20, windowMs: HOUR },
  reportsPerUser: { limit: 10, windowMs: HOUR },
  reportsPerIp: { limit: 20, windowMs: HOUR },
  passwordResetPerEmail: { limit: 3, windowMs: HOUR },
  passwordResetPerIp: { limit: 10, windowMs: HOUR },
  verificationMailsPerUser: { limit: 3, windowMs: HOUR },
  /** New listings: each one is a moderator's work, so a day's worth is small. */
  listingSubmissionsPerUser: { limit: 5, windowMs: DAY },
  listingSubmissionsPerIp: { limit: 10, windowMs: DAY },
  /** Fixing a rejected listing and sending it again. */
  listingResubmissionsPerUser: { limit: 10, windowMs: DAY },
  /** Suggested edits of published listings. */
  editProposalsPerUser: { limit: 20, windowMs: DAY },
  editProposalsPerIp: { limit: 40, windowMs: DAY },
  /** Wrong current passwords when changing the password or deleting the account. */
  passwordChecksPerUser: { limit: 10, windowMs: 15 * MINUTE },
} as const satisfies Record<string, RateLimitPolicy>;

export type RateLimitName = keyof typeof RATE_LIMITS;

/** Whole minutes to wait, never 0, for messages. */
export function retryAfterMinutes(retryAfterSeconds: number): number {
  return Math.max(1, Math.ceil(retryAfterSeconds / 60));
}
