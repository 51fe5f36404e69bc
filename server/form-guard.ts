import "server-only";
import { checkFormGuard, createFormStamp, HONEYPOT_FIELD, STAMP_FIELD, type GuardProblem } from "@/lib/form-guard";
import { getEnv } from "@/lib/env";

/** A stamp for a public form being rendered now (see lib/form-guard.ts). */
export function issueFormStamp(): Promise<string> {
  return createFormStamp(getEnv().authSecret);
}

export function verifyFormGuard(formData: FormData, honeypotField = HONEYPOT_FIELD): Promise<GuardProblem | null> {
  return checkFormGuard({
    honeypot: formData.get(honeypotField),
    stamp: formData.get(STAMP_FIELD),
    secret: getEnv().authSecret,
    minFillMs: getEnv().formMinFillMs,
  });
}
