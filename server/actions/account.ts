"use server";
import "server-only";
import { AuthError } from "next-auth";
import { getLocale } from "next-intl/server";
import { passwordProblem } from "@/lib/common-passwords";
import { fieldErrorsOf, formError, formValues, type FormState } from "@/lib/forms";
import { retryAfterMinutes } from "@/lib/rate-limits";
import { safeCallbackPath } from "@/lib/callback-url";
import {
  changePasswordSchema,
  deleteAccountSchema,
  forgotPasswordSchema,
  resetPasswordSchema,
  signInSchema,
  signUpSchema,
  tokenField,
} from "@/lib/schemas/account";
import { localizedPath } from "@/lib/seo";
import { sendAccountExistsMail, sendPasswordResetMail, sendVerificationMail } from "@/server/account-mail";
import { CredentialsRefused, requirePermission, requireUser, signIn, signOut } from "@/server/auth";
import {
  changeOwnPassword,
  checkOwnPassword,
  confirmEmail,
  createPasswordUser,
  deleteOwnAccount,
  findUserForPasswordReset,
  findUserForVerificationMail,
  issueUserToken,
  resetPasswordWithToken,
} from "@/server/data/users";
import { guardFormState, runFormAction } from "@/server/form-actions";
import { enforceRateLimits, rateLimitRule, refundRateLimit } from "@/server/rate-limit";
import { getClientIp } from "@/server/request";

const invalid = (fieldErrors: Record<string, string>, values: Record<string, string>): FormState => ({ status: "error", fieldErrors, values });
const done = (success: string, values: Record<string, string> = {}): FormState => ({ status: "success", fieldErrors: {}, success, values });

export async function signUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["name", "email"]);
  return runFormAction(values, async () => {
    const guarded = await guardFormState(formData, values);
    if (guarded) return guarded;
    const parsed = signUpSchema.safeParse({ ...values, password: formData.get("password") });
    if (!parsed.success) return invalid(fieldErrorsOf(parsed.error), values);
    const { email, password, name } = parsed.data;
    const problem = passwordProblem(password, { email });
    if (problem) return invalid({ password: problem }, values);
    const ip = await getClientIp();
    await enforceRateLimits([rateLimitRule("signUpPerEmail", { email }), ...(ip ? [rateLimitRule("signUpPerIp", { ip })] : [])]);
    const locale = await getLocale();
    const result = await createPasswordUser({ email, password, name, locale });
    if (result.created) {
      await sendVerificationMail({ to: email, locale, token: await issueUserToken({ userId: result.user.id, purpose: "VERIFY_EMAIL" }) });
    } else if (result.user.status === "ACTIVE") {
      await sendAccountExistsMail({ to: email, locale: result.user.locale ?? locale });
    }
    // The same answer either way: sign-up must not tell who has an account.
    return done("signUpDone", { email });
  });
}

export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["email", "callbackUrl"]);
  return runFormAction(values, async () => {
    const parsed = signInSchema.safeParse({ email: values.email, password: formData.get("password") });
    if (!parsed.success) return invalid(fieldErrorsOf(parsed.error), values);
    const locale = await getLocale();
    const target = localizedPath(safeCallbackPath(values.callbackUrl) ?? "/", locale);
    try {
      // Succeeds by throwing Next's redirect, which runFormAction passes on.
      await signIn("credentials", { ...parsed.data, locale, redirectTo: target });
    } catch (error) {
      if (error instanceof CredentialsRefused) {
        if (error.code === "rate_limited") {
          return formError("signInRateLimited", values, { formErrorValues: { minutes: retryAfterMinutes(error.retryAfterSeconds) } });
        }
        return formError(error.code === "suspended" ? "accountSuspended" : "invalidCredentials", values);
      }
      if (error instanceof AuthError) return formError("invalidCredentials", values);
      throw error;
    }
    return formError("generic", values);
  });
}

export async function signOutAction(): Promise<void> {
  const locale = await getLocale();
  await signOut({ redirectTo: localizedPath("/", locale) });
}

export async function confirmEmailAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["token"]);
  return runFormAction(values, async () => {
    const token = tokenField.safeParse(values.token);
    if (!token.success || !(await confirmEmail({ token: token.data }))) return formError("tokenInvalid", values);
    return done("emailConfirmed");
  });
}

export async function resendVerificationAction(_prev: FormState): Promise<FormState> {
  return runFormAction({}, async () => {
    const user = await requireUser();
    if (user.emailVerified) return done("emailAlreadyConfirmed");
    await enforceRateLimits([rateLimitRule("verificationMailsPerUser", { userId: user.id })]);
    const target = await findUserForVerificationMail({ userId: user.id });
    if (target) {
      await sendVerificationMail({ to: target.email, locale: target.locale, token: await issueUserToken({ userId: target.id, purpose: "VERIFY_EMAIL" }) });
    }
    return done("verificationSent");
  });
}

export async function requestPasswordResetAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["email"]);
  return runFormAction(values, async () => {
    const parsed = forgotPasswordSchema.safeParse(values);
    if (!parsed.success) return invalid(fieldErrorsOf(parsed.error), values);
    const { email } = parsed.data;
    const ip = await getClientIp();
    await enforceRateLimits([rateLimitRule("passwordResetPerEmail", { email }), ...(ip ? [rateLimitRule("passwordResetPerIp", { ip })] : [])]);
    const user = await findUserForPasswordReset({ email });
    if (user) await sendPasswordResetMail({ to: user.email, locale: user.locale, token: await issueUserToken({ userId: user.id, purpose: "RESET_PASSWORD" }) });
    // The same answer whether or not the address has an account.
    return done("resetSent", values);
  });
}

export async function resetPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["token"]);
  return runFormAction(values, async () => {
    const parsed = resetPasswordSchema.safeParse({ token: values.token, password: formData.get("password") });
    if (!parsed.success) {
      const errors = fieldErrorsOf(parsed.error);
      return errors.token ? formError("tokenInvalid", values) : invalid(errors, values);
    }
    const problem = passwordProblem(parsed.data.password);
    if (problem) return invalid({ password: problem }, values);
    if (!(await resetPasswordWithToken(parsed.data))) return formError("tokenInvalid", values);
    return done("passwordReset");
  });
}

/** Counts a wrong current password like a failed sign-in, and gives the point back when it was right. */
async function checkCurrentPassword(userId: string, password: string): Promise<boolean> {
  const rule = rateLimitRule("passwordChecksPerUser", { userId });
  await enforceRateLimits([rule]);
  const ok = await checkOwnPassword({ userId, password });
  if (ok) await refundRateLimit(rule);
  return ok;
}

export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction({}, async () => {
    const self = await requireUser();
    const user = await requirePermission("update:user:own", { ownerId: self.id });
    const parsed = changePasswordSchema.safeParse({ currentPassword: formData.get("currentPassword"), newPassword: formData.get("newPassword") });
    if (!parsed.success) return invalid(fieldErrorsOf(parsed.error), {});
    const { currentPassword, newPassword } = parsed.data;
    const problem = passwordProblem(newPassword, { email: user.email });
    if (problem) return invalid({ newPassword: problem }, {});
    if (!(await checkCurrentPassword(user.id, currentPassword))) return invalid({ currentPassword: "currentPasswordWrong" }, {});
    await changeOwnPassword({ actor: user, newPassword });
    // Other browsers are signed out by the new sessionEpoch; this one signs in again at once.
    const locale = await getLocale();
    await signIn("credentials", { email: user.email, password: newPassword, locale, redirectTo: localizedPath("/me", locale) + "?notice=password-changed" });
    return done("passwordChanged");
  });
}

export async function deleteAccountAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["confirmEmail"]);
  return runFormAction(values, async () => {
    const self = await requireUser();
    const user = await requirePermission("delete:user:own", { ownerId: self.id });
    const parsed = deleteAccountSchema.safeParse({ confirmEmail: values.confirmEmail, password: formData.get("password") ?? undefined });
    if (!parsed.success) return invalid(fieldErrorsOf(parsed.error), values);
    if (parsed.data.confirmEmail !== user.email) return invalid({ confirmEmail: "confirmEmailMismatch" }, values);
    if (user.hasPassword && !(await checkCurrentPassword(user.id, parsed.data.password ?? ""))) {
      return invalid({ password: "currentPasswordWrong" }, values);
    }
    await deleteOwnAccount({ actor: user });
    const locale = await getLocale();
    await signOut({ redirectTo: localizedPath("/signin", locale) + "?notice=account-deleted" });
    return done("accountDeleted");
  });
}

/** Starts an OAuth sign-in with a provider that configuration switched on. */
export async function oauthSignInAction(formData: FormData): Promise<void> {
  const provider = formData.get("provider");
  if (provider !== "github" && provider !== "google") return;
  const locale = await getLocale();
  await signIn(provider, { redirectTo: localizedPath(safeCallbackPath(formData.get("callbackUrl")) ?? "/", locale) });
}
