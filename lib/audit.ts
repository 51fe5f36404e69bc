/**
 * The vocabulary of the audit log: what happened (`action`) to what (`targetType`). Kept as
 * data so the log's filters, its message keys (`audit.actions.*`) and the writers agree.
 */

export const AUDIT_ACTIONS = [
  "listing.submit",
  "listing.resubmit",
  "listing.approve",
  "listing.reject",
  "listing.archive",
  "listing.verify",
  "proposal.create",
  "proposal.approve",
  "proposal.reject",
  "review.hide",
  "report.resolve",
  "report.dismiss",
  "user.ban",
  "user.unban",
  "user.role",
  "import.apply",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_TARGET_TYPES = ["supplier", "proposal", "review", "report", "user", "import"] as const;
export type AuditTargetType = (typeof AUDIT_TARGET_TYPES)[number];

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}

export function isAuditTargetType(value: string): value is AuditTargetType {
  return (AUDIT_TARGET_TYPES as readonly string[]).includes(value);
}
