import "server-only";
import { unstable_rethrow } from "next/navigation";
import { AppError, RateLimitedError } from "@/lib/errors";
import type { GuardProblem } from "@/lib/form-guard";
import { formError, type FormState } from "@/lib/forms";
import { PermissionDenied, type DenialReason } from "@/lib/permissions";
import { retryAfterMinutes } from "@/lib/rate-limits";
import { issueFormStamp, verifyFormGuard } from "./form-guard";

const DENIAL_KEYS: Record<DenialReason, string> = {
  anonymous: "signInFirst",
  banned: "accountSuspended",
  unverified: "confirmEmailFirst",
  role: "forbidden",
  owner: "forbidden",
  rank: "forbidden",
};

/**
 * Runs a form action and turns the expected failures into form messages: refused permissions,
 * rate limits, missing things. Next's own control flow (redirects) passes through; anything
 * else is logged and shown as a generic message, never as a stack trace.
 */
export async function runFormAction<V, S extends FormState<V> = FormState<V>>(
  values: V,
  action: () => Promise<S>,
  conflictKey = "conflict",
): Promise<S | FormState<V>> {
  try {
    return await action();
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof RateLimitedError) {
      return formError("rateLimited", values, { formErrorValues: { minutes: retryAfterMinutes(error.retryAfterSeconds) } });
    }
    if (error instanceof PermissionDenied) return formError(DENIAL_KEYS[error.reason], values);
    if (error instanceof AppError) {
      if (error.code === "NOT_FOUND") return formError("notFound", values);
      if (error.code === "CONFLICT") return formError(conflictKey, values);
      if (error.code === "UNAUTHORIZED") return formError("signInFirst", values);
      if (error.code === "FORBIDDEN") return formError("forbidden", values);
      if (error.code === "BAD_REQUEST") return formError("badRequest", values);
    }
    console.error(error);
    return formError("generic", values);
  }
}

const GUARD_KEYS: Record<GuardProblem, string> = {
  honeypot: "generic",
  invalid: "formExpired",
  expired: "formExpired",
  tooFast: "tooFast",
};

/**
 * The form-guard check as a form state to return, or null when the submission looks human.
 * `honeypotField` is for forms that have a real field of the default honeypot's name.
 */
export async function guardFormState<V>(formData: FormData, values: V, honeypotField?: string): Promise<FormState<V> | null> {
  const problem = await verifyFormGuard(formData, honeypotField);
  if (!problem) return null;
  return formError(GUARD_KEYS[problem], values, { stamp: await issueFormStamp() });
}
