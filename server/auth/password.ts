import "server-only";
import { hash, verify } from "@node-rs/argon2";

/**
 * argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane): about 30–60 ms here. The
 * package's default algorithm is argon2id; the parameters are spelled out so that a change of
 * library defaults cannot weaken new hashes silently (old hashes keep their own in the string).
 */
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

let dummy: Promise<string> | undefined;

/**
 * Checks a password against a stored hash. With no hash (unknown e-mail, OAuth-only account) it
 * still does the same work against a throw-away hash, so the answer's timing does not tell which
 * addresses have accounts.
 */
export async function verifyPassword(storedHash: string | null | undefined, password: string): Promise<boolean> {
  if (!storedHash) {
    dummy ??= hashPassword("no account has this password");
    await verify(await dummy, password).catch(() => false);
    return false;
  }
  try {
    return await verify(storedHash, password);
  } catch {
    // A malformed stored hash is a failed check, not a crash of the sign-in page.
    return false;
  }
}
