/**
 * The full password policy, for the server: length, not one of the commonly used passwords, not
 * the e-mail address. The list is zxcvbn-ts's "passwords-common" dictionary (about 49 000
 * passwords from public breach corpora, most frequent first; see
 * docs/decisions/0013-password-rules.md), of which only entries long enough to pass the length
 * rule matter.
 */
import { dictionary } from "@zxcvbn-ts/language-common";
import { PASSWORD_MIN_LENGTH, passwordLength, passwordLengthProblem, type PasswordLengthProblem } from "./password";

let common: Set<string> | undefined;

function commonPasswords(): Set<string> {
  common ??= new Set(dictionary["passwords-common"].filter((p) => passwordLength(p) >= PASSWORD_MIN_LENGTH));
  return common;
}

/** Case does not make a listed password safe: "PassWord1" is tried as early as "password1". */
export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(password.normalize("NFKC").toLowerCase());
}

export type PasswordProblem = PasswordLengthProblem | "passwordCommon" | "passwordIsEmail";

export function passwordProblem(password: string, context: { email?: string } = {}): PasswordProblem | null {
  const length = passwordLengthProblem(password);
  if (length) return length;
  if (isCommonPassword(password)) return "passwordCommon";
  const email = context.email?.trim().toLowerCase();
  if (email) {
    const lower = password.toLowerCase();
    const local = email.split("@")[0];
    if (lower === email || (local.length >= 4 && lower.includes(local) && lower.length - local.length <= 4)) return "passwordIsEmail";
  }
  return null;
}
