import { describe, expect, it } from "vitest";
import { reviewSchema } from "@/lib/schemas/review";
import { db } from "@/server/db";
import { verifyPassword } from "@/server/auth/password";
import { createSupplier, createUser } from "@/server/test/factories";
import { createReview } from "./reviews";
import { getPublishedSupplier } from "./suppliers";
import {
  changeOwnPassword,
  confirmEmail,
  createPasswordUser,
  deleteOwnAccount,
  getSessionUser,
  isUserTokenValid,
  issueUserToken,
  resetPasswordWithToken,
  upsertUserFromCli,
} from "./users";

const body = "Ordered fifty two-layer boards; they arrived in four days, well packed.";

describe("getSessionUser", () => {
  it("reads role, status and confirmation from the database each time", async () => {
    const u = await createUser();
    expect(await getSessionUser({ id: u.id, authTime: Date.now() })).toMatchObject({ role: "USER", status: "ACTIVE", emailVerified: true });
    await db.user.update({ where: { id: u.id }, data: { status: "BANNED", role: "MODERATOR" } });
    expect(await getSessionUser({ id: u.id, authTime: Date.now() })).toMatchObject({ role: "MODERATOR", status: "BANNED" });
  });

  it("refuses sessions older than the sessionEpoch and sessions of deleted users", async () => {
    const u = await createUser();
    const epoch = new Date();
    await db.user.update({ where: { id: u.id }, data: { sessionEpoch: epoch } });
    expect(await getSessionUser({ id: u.id, authTime: epoch.getTime() - 1 })).toBeNull();
    expect(await getSessionUser({ id: u.id, authTime: epoch.getTime() })).not.toBeNull();
    expect(await getSessionUser({ id: "gone", authTime: Date.now() })).toBeNull();
  });
});

describe("tokens", () => {
  it("confirms an address once; the token is stored hashed", async () => {
    const { user } = await createPasswordUser({ email: "confirm-me@example.test", password: "violet tram 42 dumplings", name: "", locale: "en" });
    const token = await issueUserToken({ userId: user.id, purpose: "VERIFY_EMAIL" });
    expect(await db.userToken.count({ where: { tokenHash: token } })).toBe(0);
    expect(await isUserTokenValid({ token, purpose: "VERIFY_EMAIL" })).toBe(true);
    expect(await isUserTokenValid({ token, purpose: "RESET_PASSWORD" })).toBe(false);
    expect(await confirmEmail({ token })).toBe(true);
    expect(await confirmEmail({ token })).toBe(false);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerified).not.toBeNull();
  });

  it("resets a password once, ends older sessions and kills the other reset links", async () => {
    const u = await createUser({ verified: false });
    const older = await issueUserToken({ userId: u.id, purpose: "RESET_PASSWORD" });
    const token = await issueUserToken({ userId: u.id, purpose: "RESET_PASSWORD" });
    expect(await isUserTokenValid({ token: older, purpose: "RESET_PASSWORD" })).toBe(false);
    const before = Date.now();
    expect(await resetPasswordWithToken({ token, password: "new pass phrase 77" })).toBe(true);
    expect(await resetPasswordWithToken({ token, password: "another pass phrase" })).toBe(false);
    const row = await db.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(await verifyPassword(row.passwordHash, "new pass phrase 77")).toBe(true);
    expect(row.sessionEpoch!.getTime()).toBeGreaterThanOrEqual(before);
    expect(row.emailVerified).not.toBeNull();
  });

  it("refuses expired tokens and lets exactly one of two simultaneous uses through", async () => {
    const u = await createUser();
    const expired = await issueUserToken({ userId: u.id, purpose: "RESET_PASSWORD" });
    await db.userToken.updateMany({ where: { userId: u.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await resetPasswordWithToken({ token: expired, password: "new pass phrase 77" })).toBe(false);
    const token = await issueUserToken({ userId: u.id, purpose: "VERIFY_EMAIL" });
    const results = await Promise.all([confirmEmail({ token }), confirmEmail({ token }), confirmEmail({ token })]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });
});

describe("accounts", () => {
  it("does not create a second account for an address", async () => {
    const first = await createPasswordUser({ email: "twice@example.test", password: "violet tram 42 dumplings", name: "A", locale: "ja" });
    const second = await createPasswordUser({ email: "twice@example.test", password: "other pass phrase 9", name: "B", locale: "en" });
    expect(first.created).toBe(true);
    expect(second).toMatchObject({ created: false, user: { id: first.user.id, locale: "ja" } });
  });

  it("changes the password and ends other sessions", async () => {
    const u = await createUser();
    await changeOwnPassword({ actor: u, newPassword: "fresh pass phrase 5" });
    const row = await db.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(await verifyPassword(row.passwordHash, "fresh pass phrase 5")).toBe(true);
    expect(row.sessionEpoch).not.toBeNull();
  });

  it("deletes the account with its reviews and recomputes the ratings they were part of", async () => {
    const s = await createSupplier({ name: "Deleted Author Fab" });
    const leaving = await createUser();
    const staying = await createUser();
    await createReview({ actor: leaving, supplierId: s.id, input: reviewSchema.parse({ rating: "1", body }) });
    await createReview({ actor: staying, supplierId: s.id, input: reviewSchema.parse({ rating: "5", body }) });
    expect((await getPublishedSupplier({ slug: s.slug })).rating.average).toBe(3);
    await deleteOwnAccount({ actor: leaving });
    expect(await db.user.findUnique({ where: { id: leaving.id } })).toBeNull();
    expect((await getPublishedSupplier({ slug: s.slug })).rating).toMatchObject({ average: 5, count: 1 });
  });

  it("refuses to delete a banned account", async () => {
    const banned = await createUser({ status: "BANNED" });
    await expect(deleteOwnAccount({ actor: banned })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("creates a confirmed admin from the command line, then promotes and re-passwords", async () => {
    const created = await upsertUserFromCli({ email: "root@example.test", password: "admin pass phrase 1", role: "ADMIN" });
    expect(created.action).toBe("created");
    const row = await db.user.findUniqueOrThrow({ where: { email: "root@example.test" } });
    expect(row).toMatchObject({ role: "ADMIN" });
    expect(row.emailVerified).not.toBeNull();
    const existing = await createUser({ verified: false });
    expect((await upsertUserFromCli({ email: existing.email, role: "MODERATOR" })).action).toBe("updated");
    expect(await db.user.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({ role: "MODERATOR", passwordHash: null });
    await expect(upsertUserFromCli({ email: "nopass@example.test", role: "USER" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
