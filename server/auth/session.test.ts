import { beforeEach, describe, expect, it, vi } from "vitest";
import { PermissionDenied } from "@/lib/permissions";
import { db } from "@/server/db";
import { createUser } from "@/server/test/factories";

// The JWT is Auth.js's business; these tests hand the helpers a decoded session directly.
const session = vi.hoisted(() => ({ current: null as null | { user: { id: string }; authTime: number } }));
vi.mock("./nextauth", () => ({ auth: async () => session.current }));
vi.mock("next-intl/server", () => ({ getLocale: async () => "en" }));
const redirect = vi.hoisted(() => vi.fn((args: unknown) => {
  throw Object.assign(new Error("NEXT_REDIRECT"), { args });
}));
vi.mock("@/i18n/navigation", () => ({ redirect }));

const { getCurrentUser, requirePermission, requireUser, requireUserOrSignIn } = await import("./session");

const signInAs = (id: string, authTime = Date.now()) => {
  session.current = { user: { id }, authTime };
};

beforeEach(() => {
  session.current = null;
  redirect.mockClear();
});

describe("requireUser", () => {
  it("refuses a visitor without a session as UNAUTHORIZED", async () => {
    await expect(requireUser()).rejects.toMatchObject({ code: "UNAUTHORIZED", status: 401 });
    expect(await getCurrentUser()).toBeNull();
  });

  it("returns the user as the database has them now", async () => {
    const u = await createUser({ name: "Mei" });
    signInAs(u.id);
    expect(await requireUser()).toMatchObject({ id: u.id, name: "Mei", role: "USER", status: "ACTIVE", emailVerified: true });
  });

  it("treats a session of a deleted user, or one from before a password reset, as signed out", async () => {
    const u = await createUser();
    signInAs(u.id, Date.now() - 60_000);
    await db.user.update({ where: { id: u.id }, data: { sessionEpoch: new Date() } });
    await expect(requireUser()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    signInAs("no-such-user");
    await expect(requireUser()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("requirePermission", () => {
  it("applies a ban to the very next check of the same session", async () => {
    const u = await createUser();
    signInAs(u.id);
    await expect(requirePermission("create:review:own")).resolves.toMatchObject({ id: u.id });
    await db.user.update({ where: { id: u.id }, data: { status: "BANNED" } });
    const error = await requirePermission("create:review:own").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionDenied);
    expect(error).toMatchObject({ code: "FORBIDDEN", reason: "banned" });
  });

  it("applies a role change to the very next check of the same session", async () => {
    const u = await createUser();
    signInAs(u.id);
    await expect(requirePermission("hide:review:any")).rejects.toMatchObject({ reason: "role" });
    await db.user.update({ where: { id: u.id }, data: { role: "MODERATOR" } });
    await expect(requirePermission("hide:review:any")).resolves.toMatchObject({ role: "MODERATOR" });
    await db.user.update({ where: { id: u.id }, data: { role: "USER" } });
    await expect(requirePermission("hide:review:any")).rejects.toMatchObject({ reason: "role" });
  });

  it("checks ownership and e-mail confirmation", async () => {
    const u = await createUser({ verified: false });
    signInAs(u.id);
    await expect(requirePermission("create:review:own")).rejects.toMatchObject({ reason: "unverified" });
    await expect(requirePermission("delete:user:own", { ownerId: u.id })).resolves.toMatchObject({ id: u.id });
    await expect(requirePermission("delete:user:own", { ownerId: "someone-else" })).rejects.toMatchObject({ reason: "owner" });
  });

  it("answers UNAUTHORIZED without a session", async () => {
    await expect(requirePermission("create:report:own")).rejects.toMatchObject({ code: "UNAUTHORIZED", reason: "anonymous" });
  });
});

describe("requireUserOrSignIn", () => {
  it("sends a visitor without a session to the sign-in page, coming back afterwards", async () => {
    await expect(requireUserOrSignIn("/me")).rejects.toThrow("NEXT_REDIRECT");
    expect(redirect).toHaveBeenCalledWith({ href: { pathname: "/signin", query: { callbackUrl: "/me" } }, locale: "en" });
  });

  it("returns the user when there is one", async () => {
    const u = await createUser();
    signInAs(u.id);
    await expect(requireUserOrSignIn("/me")).resolves.toMatchObject({ id: u.id });
    expect(redirect).not.toHaveBeenCalled();
  });
});
