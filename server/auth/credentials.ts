import "server-only";
import { consumeRateLimit, rateLimitRule, refundRateLimit, resetRateLimit } from "@/server/rate-limit";
import { findUserForSignIn, setUserLocale } from "@/server/data/users";
import { verifyPassword } from "./password";

export class SignInRefused extends Error {
  constructor(
    readonly reason: "invalid" | "rate_limited" | "suspended",
    readonly retryAfterSeconds = 0,
  ) {
    super(`sign-in refused: ${reason}`);
  }
}

/**
 * Email and password sign-in. Every attempt takes a point from the account's and the address's
 * failure counters before the password is checked (so parallel guesses cannot slip past the
 * limit); success gives them back. Unknown address and wrong password are the same answer, at
 * the same cost; a suspended account is told so only after its password was right.
 */
export async function authenticateWithPassword({ email, password, ip, locale }: { email: string; password: string; ip: string | null; locale?: string }) {
  const rules = [rateLimitRule("signInFailuresPerAccount", { email }), ...(ip ? [rateLimitRule("signInFailuresPerIp", { ip })] : [])];
  const results = await Promise.all(rules.map((rule) => consumeRateLimit(rule)));
  const blocked = results.filter((r) => !r.ok);
  if (blocked.length > 0) throw new SignInRefused("rate_limited", Math.max(...blocked.map((r) => r.retryAfterSeconds)));

  const user = await findUserForSignIn({ email });
  const ok = await verifyPassword(user?.passwordHash, password);
  if (!user || !ok) throw new SignInRefused("invalid");
  await resetRateLimit(rules[0]);
  if (rules[1]) await refundRateLimit(rules[1]);
  if (user.status !== "ACTIVE") throw new SignInRefused("suspended");
  if (locale) await setUserLocale({ userId: user.id, locale });
  return { id: user.id, email: user.email, name: user.name };
}
