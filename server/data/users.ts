import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { AppError } from "@/lib/errors";
import { assertCan, type Actor, type Role } from "@/lib/permissions";
import { hashPassword, verifyPassword } from "@/server/auth/password";
import { recomputeSupplierRating } from "@/server/data/reviews";
import { db } from "@/server/db";
import type { TokenPurpose } from "@/prisma/generated/client";

/** The signed-in user as every server check sees it, read fresh from the database. */
export type CurrentUser = Actor & {
  email: string;
  name: string | null;
  hasPassword: boolean;
  banReason: string | null;
  locale: string | null;
};

/** The user behind a session, or null when the account is gone or the session was revoked. */
export async function getSessionUser({ id, authTime }: { id: string; authTime: number | undefined }): Promise<CurrentUser | null> {
  const u = await db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, status: true, emailVerified: true, passwordHash: true, banReason: true, locale: true, sessionEpoch: true },
  });
  if (!u) return null;
  // Sessions that began before the last password change or reset no longer count.
  if (u.sessionEpoch && (authTime ?? 0) < u.sessionEpoch.getTime()) return null;
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    status: u.status,
    emailVerified: u.emailVerified !== null,
    hasPassword: u.passwordHash !== null,
    banReason: u.banReason,
    locale: u.locale,
  };
}

export async function findUserForSignIn({ email }: { email: string }) {
  return db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true, status: true } });
}

export async function setUserLocale({ userId, locale }: { userId: string; locale: string }) {
  await db.user.updateMany({ where: { id: userId, NOT: { locale } }, data: { locale } });
}

/**
 * A new password account; an address that already has an account is not an error here (the
 * caller must answer both cases alike, so that sign-up does not reveal who has an account).
 * The password must already satisfy the policy.
 */
export async function createPasswordUser({ email, password, name, locale }: { email: string; password: string; name: string; locale: string }) {
  const existing = await db.user.findUnique({ where: { email }, select: { id: true, locale: true, status: true } });
  if (existing) return { created: false as const, user: existing };
  const passwordHash = await hashPassword(password);
  try {
    const user = await db.user.create({ data: { email, passwordHash, name: name || null, locale }, select: { id: true, locale: true, status: true } });
    return { created: true as const, user };
  } catch (error) {
    // Two sign-ups for one address at once: the other one won.
    const again = await db.user.findUnique({ where: { email }, select: { id: true, locale: true, status: true } });
    if (again) return { created: false as const, user: again };
    throw error;
  }
}

const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  VERIFY_EMAIL: 48 * 3600_000,
  RESET_PASSWORD: 3600_000,
};

function digest(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * A fresh single-use token for an e-mailed link; earlier unused tokens of the same purpose stop
 * working, so only the newest mail's link is valid. Returns the token itself, which is not stored.
 */
export async function issueUserToken({ userId, purpose }: { userId: string; purpose: TokenPurpose }): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const now = new Date();
  await db.$transaction([
    db.userToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: now } }),
    db.userToken.create({ data: { userId, purpose, tokenHash: digest(token), expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]) } }),
  ]);
  return token;
}

/** Whether a link would still work, without using it (for showing the form or an apology). */
export async function isUserTokenValid({ token, purpose }: { token: string; purpose: TokenPurpose }): Promise<boolean> {
  const row = await db.userToken.findFirst({
    where: { tokenHash: digest(token), purpose, usedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true },
  });
  return row !== null;
}

/**
 * Uses a token up inside a transaction: the conditional update is the transaction's first
 * statement, so of two requests with the same link exactly one gets the user id.
 */
async function consumeToken(tx: Parameters<Parameters<typeof db.$transaction>[0]>[0], token: string, purpose: TokenPurpose) {
  const hash = digest(token);
  const now = new Date();
  const { count } = await tx.userToken.updateMany({ where: { tokenHash: hash, purpose, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  if (count !== 1) return null;
  const row = await tx.userToken.findUnique({ where: { tokenHash: hash }, select: { userId: true } });
  return row?.userId ?? null;
}

/** Marks the address confirmed; false when the link is unknown, used or expired. */
export async function confirmEmail({ token }: { token: string }): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const userId = await consumeToken(tx, token, "VERIFY_EMAIL");
    if (!userId) return false;
    await tx.user.updateMany({ where: { id: userId, emailVerified: null }, data: { emailVerified: new Date() } });
    return true;
  });
}

/**
 * Sets a new password through a reset link. Following the link proves the mailbox, so the address
 * counts as confirmed too. Every session from before ends, and every other reset link dies.
 */
export async function resetPasswordWithToken({ token, password }: { token: string; password: string }): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const userId = await consumeToken(tx, token, "RESET_PASSWORD");
    if (!userId) return false;
    const now = new Date();
    const user = await tx.user.findUnique({ where: { id: userId }, select: { emailVerified: true } });
    await tx.user.update({ where: { id: userId }, data: { passwordHash, sessionEpoch: now, emailVerified: user?.emailVerified ?? now } });
    await tx.userToken.updateMany({ where: { userId, purpose: "RESET_PASSWORD", usedAt: null }, data: { usedAt: now } });
    return true;
  });
}

/** Checks a user's current password (for changing it or deleting the account). */
export async function checkOwnPassword({ userId, password }: { userId: string; password: string }): Promise<boolean> {
  const u = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  return verifyPassword(u?.passwordHash, password);
}

/**
 * A new password for the signed-in actor, whose current password the caller has checked. Other
 * sessions end (sessionEpoch); the caller signs this browser in again.
 */
export async function changeOwnPassword({ actor, newPassword }: { actor: Actor; newPassword: string }): Promise<void> {
  assertCan(actor, "update:user:own", { ownerId: actor.id });
  const passwordHash = await hashPassword(newPassword);
  await db.user.update({ where: { id: actor.id }, data: { passwordHash, sessionEpoch: new Date() } });
}

/**
 * Deletes the account and everything that is only theirs: reviews (the suppliers' ratings are
 * recomputed in the same transaction), reports they filed, pending edit proposals, tokens.
 * Listings they submitted stay (directory data, not personal) without a creator, and audit
 * entries keep the action without the actor. See README, "Deleting an account".
 */
export async function deleteOwnAccount({ actor }: { actor: Actor }): Promise<void> {
  assertCan(actor, "delete:user:own", { ownerId: actor.id });
  await db.$transaction(async (tx) => {
    // Deleting the reviews first takes the write lock at once and says which ratings change.
    const removed = await tx.$queryRaw<{ supplierId: number }[]>`DELETE FROM "Review" WHERE "authorId" = ${actor.id} RETURNING "supplierId"`;
    await tx.user.delete({ where: { id: actor.id } });
    for (const supplierId of new Set(removed.map((r) => Number(r.supplierId)))) await recomputeSupplierRating(tx, supplierId);
  });
}

export type CliUserResult = { action: "created" | "updated"; id: string; email: string; role: Role };

/**
 * For `npm run user:create`: creates a confirmed account with this role and password, or gives
 * an existing one the role (and the password, when given). How a deployment gets its first admin.
 */
export async function upsertUserFromCli({ email, password, role, name }: { email: string; password?: string; role: Role; name?: string }): Promise<CliUserResult> {
  const existing = await db.user.findUnique({ where: { email }, select: { id: true, emailVerified: true } });
  const passwordHash = password ? await hashPassword(password) : undefined;
  if (existing) {
    await db.user.update({
      where: { id: existing.id },
      data: { role, emailVerified: existing.emailVerified ?? new Date(), ...(passwordHash ? { passwordHash, sessionEpoch: new Date() } : {}), ...(name ? { name } : {}) },
    });
    return { action: "updated", id: existing.id, email, role };
  }
  if (!passwordHash) throw new AppError("BAD_REQUEST", "A new account needs --password.");
  const user = await db.user.create({ data: { email, passwordHash, role, name: name ?? null, emailVerified: new Date() }, select: { id: true } });
  return { action: "created", id: user.id, email, role };
}

/**
 * The local account for an OAuth sign-in: the one already linked to this provider account, or a
 * new one. An address that already has an account is refused rather than linked: the provider's
 * word about an address is not proof enough to take over an existing account.
 */
export async function findOrCreateOAuthUser(input: {
  provider: string;
  providerAccountId: string;
  type: string;
  email: string | null | undefined;
  name: string | null | undefined;
  image: string | null | undefined;
  emailVerifiedByProvider: boolean;
}): Promise<{ id: string; status: "ACTIVE" | "BANNED" } | "not-linked" | "no-email"> {
  const linked = await db.account.findUnique({
    where: { provider_providerAccountId: { provider: input.provider, providerAccountId: input.providerAccountId } },
    select: { user: { select: { id: true, status: true } } },
  });
  if (linked) return linked.user;
  const email = input.email?.trim().toLowerCase();
  if (!email) return "no-email";
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) return "not-linked";
  return db.user.create({
    data: {
      email,
      name: input.name?.slice(0, 60) ?? null,
      image: input.image ?? null,
      emailVerified: input.emailVerifiedByProvider ? new Date() : null,
      accounts: { create: { provider: input.provider, providerAccountId: input.providerAccountId, type: input.type } },
    },
    select: { id: true, status: true },
  });
}

export async function findUserIdByOAuthAccount({ provider, providerAccountId }: { provider: string; providerAccountId: string }) {
  const a = await db.account.findUnique({ where: { provider_providerAccountId: { provider, providerAccountId } }, select: { userId: true } });
  return a?.userId ?? null;
}

/** Who may get a confirmation mail: only accounts that still need one. */
export async function findUserForVerificationMail({ userId }: { userId: string }) {
  return db.user.findFirst({ where: { id: userId, emailVerified: null, status: "ACTIVE" }, select: { id: true, email: true, locale: true } });
}

export async function findUserForPasswordReset({ email }: { email: string }) {
  return db.user.findFirst({ where: { email, status: "ACTIVE" }, select: { id: true, email: true, locale: true } });
}
