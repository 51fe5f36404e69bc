/** One schema per account form; the forms show the same limits, the server actions re-check. */
import { z } from "zod";
import { toPlainText } from "../plain-text";
import { PASSWORD_MAX_LENGTH, passwordLengthProblem } from "../password";

export const EMAIL_MAX_LENGTH = 254;
export const NAME_MAX_LENGTH = 60;
/** Sign-in accepts any stored password; the bound only keeps hashing work finite. */
const SIGN_IN_PASSWORD_MAX = 1024;

export const emailField = z
  .string("emailInvalid")
  .trim()
  .toLowerCase()
  .max(EMAIL_MAX_LENGTH, "emailInvalid")
  .pipe(z.email("emailInvalid"));

/** Length only: the common-password list is checked by the server (lib/common-passwords.ts). */
export const newPasswordField = z
  .string("passwordTooShort")
  .superRefine((value, ctx) => {
    const problem = passwordLengthProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

const existingPassword = z.string("required").min(1, "required").max(SIGN_IN_PASSWORD_MAX, "invalidCredentials");

export const signUpSchema = z.object({
  name: z
    .string()
    .optional()
    .transform((v) => toPlainText(v ?? "", { multiline: false }))
    .pipe(z.string().max(NAME_MAX_LENGTH, "nameTooLong")),
  email: emailField,
  password: newPasswordField,
});

export const signInSchema = z.object({
  email: z.string("required").trim().toLowerCase().min(1, "required").max(EMAIL_MAX_LENGTH, "invalidCredentials"),
  password: existingPassword,
});

export const forgotPasswordSchema = z.object({ email: emailField });

/** Tokens are 32 random bytes in base64url. */
export const tokenField = z.string("tokenInvalid").regex(/^[A-Za-z0-9_-]{43}$/, "tokenInvalid");

export const resetPasswordSchema = z.object({ token: tokenField, password: newPasswordField });

export const changePasswordSchema = z.object({ currentPassword: existingPassword, newPassword: newPasswordField });

export const deleteAccountSchema = z.object({
  confirmEmail: z.string("confirmEmailMismatch").trim().toLowerCase().min(1, "confirmEmailMismatch"),
  password: z.string().max(SIGN_IN_PASSWORD_MAX).optional(),
});

export { PASSWORD_MAX_LENGTH };
