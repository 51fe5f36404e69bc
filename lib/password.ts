/**
 * Password rules that the browser may know too (lengths). The common-password check lives in
 * lib/common-passwords.ts, so that its ~380 kB list never reaches a client bundle.
 */
export const PASSWORD_MIN_LENGTH = 8;
/** Generous on purpose (NIST SP 800-63B asks for at least 64): pass phrases and managers' output fit. */
export const PASSWORD_MAX_LENGTH = 256;

/** Length in characters as a person counts them (code points, so 🙂 is one). */
export function passwordLength(password: string): number {
  return [...password].length;
}

export type PasswordLengthProblem = "passwordTooShort" | "passwordTooLong";

export function passwordLengthProblem(password: string): PasswordLengthProblem | null {
  const n = passwordLength(password);
  if (n < PASSWORD_MIN_LENGTH) return "passwordTooShort";
  if (n > PASSWORD_MAX_LENGTH) return "passwordTooLong";
  return null;
}
