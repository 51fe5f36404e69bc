/**
 * Rejection reasons a moderator picks from, plus free text. The code is stored with the text so
 * the submitter reads the template in their own language (`moderation.rejection.<code>`).
 */

export const REJECTION_CODES = [
  "duplicate",
  "notInShenzhen",
  "notHardware",
  "insufficientInfo",
  "unverifiable",
  "wrongInfo",
  "spam",
  "other",
] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];

export const MAX_REASON_LENGTH = 2000;

export function isRejectionCode(value: string): value is RejectionCode {
  return (REJECTION_CODES as readonly string[]).includes(value);
}

/** "other" says nothing by itself, so it needs the free text. */
export function reasonProblem(code: string, text: string | null | undefined): "invalidCode" | "textRequired" | "tooLong" | null {
  if (!isRejectionCode(code)) return "invalidCode";
  const t = text?.trim() ?? "";
  if (code === "other" && t === "") return "textRequired";
  return t.length > MAX_REASON_LENGTH ? "tooLong" : null;
}
