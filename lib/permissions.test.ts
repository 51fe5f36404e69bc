import { describe, expect, it } from "vitest";
import { AppError } from "./errors";
import { ALL_PERMISSIONS, assertCan, can, decide, PermissionDenied, ROLES, type Actor, type Permission, type Role, type Target } from "./permissions";

// The expected grants, written out independently of the table under test.
const USER: Permission[] = [
  "create:review:own",
  "update:review:own",
  "delete:review:own",
  "create:report:own",
  "create:listing:own",
  "update:listing:own",
  "propose:listing:any",
  "update:user:own",
  "delete:user:own",
];
const MODERATOR: Permission[] = [
  ...USER,
  "read:moderation:any",
  "approve:listing:any",
  "reject:listing:any",
  "archive:listing:any",
  "verify:listing:any",
  "update:listing:any",
  "approve:proposal:any",
  "reject:proposal:any",
  "hide:review:any",
  "resolve:report:any",
  "ban:user:any",
];
const ADMIN: Permission[] = [...MODERATOR, "update:role:any", "read:audit:any", "import:listing:any"];
const GRANTS: Record<Role, Set<Permission>> = { USER: new Set(USER), MODERATOR: new Set(MODERATOR), ADMIN: new Set(ADMIN) };
/** Allowed before the e-mail address is confirmed: reads and managing one's own account. */
const WITHOUT_VERIFIED_EMAIL = new Set<Permission>(["update:user:own", "delete:user:own", "read:moderation:any", "read:audit:any"]);

const actor = (role: Role, over: Partial<Actor> = {}): Actor => ({ id: `me-${role}`, role, status: "ACTIVE", emailVerified: true, ...over });

type TargetKind = "none" | "own" | "other";
const targetFor = (kind: TargetKind, me: Actor): Target | undefined =>
  kind === "none" ? undefined : { ownerId: kind === "own" ? me.id : "someone-else", role: "USER" };

/** The rules in words: role grant, then status, then e-mail, then ownership / rank. */
function expected(me: Actor, permission: Permission, kind: TargetKind): boolean {
  if (me.status === "BANNED") return false;
  const [action, entity, scope] = permission.split(":");
  const viaAny = scope === "own" && GRANTS[me.role].has(`${action}:${entity}:any` as Permission);
  if (!GRANTS[me.role].has(permission) && !viaAny) return false;
  const checked = viaAny ? (`${action}:${entity}:any` as Permission) : permission;
  if (!me.emailVerified && !WITHOUT_VERIFIED_EMAIL.has(checked)) return false;
  if (scope === "own" && !viaAny) return kind === "own" || (kind === "none" && action === "create");
  // Targets here are USER-role accounts: staff outrank them unless it is themselves.
  if ((entity === "user" || entity === "role") && kind === "own") return false;
  return true;
}

describe("permission matrix", () => {
  it("knows exactly the permissions the product uses", () => {
    expect(new Set(ALL_PERMISSIONS)).toEqual(new Set(ADMIN));
    for (const p of ALL_PERMISSIONS) expect(p).toMatch(/^[a-z]+:[a-z]+:(own|any)$/);
  });

  const cases: [Role, "ACTIVE" | "BANNED", boolean, Permission, TargetKind][] = [];
  for (const role of ROLES)
    for (const status of ["ACTIVE", "BANNED"] as const)
      for (const verified of [true, false])
        for (const permission of ALL_PERMISSIONS)
          for (const kind of ["none", "own", "other"] as const) cases.push([role, status, verified, permission, kind]);

  it.each(cases)("%s %s verified=%s %s on %s target", (role, status, verified, permission, kind) => {
    const me = actor(role, { status, emailVerified: verified });
    expect(can(me, permission, targetFor(kind, me))).toBe(expected(me, permission, kind));
  });

  it("refuses anonymous visitors everything", () => {
    for (const p of ALL_PERMISSIONS) {
      expect(can(null, p)).toBe(false);
      expect(decide(undefined, p)).toEqual({ allowed: false, reason: "anonymous" });
    }
  });
});

describe("reasons", () => {
  it("says why", () => {
    const user = actor("USER");
    expect(decide(actor("USER", { status: "BANNED" }), "create:review:own")).toEqual({ allowed: false, reason: "banned" });
    expect(decide(actor("USER", { emailVerified: false }), "create:review:own")).toEqual({ allowed: false, reason: "unverified" });
    expect(decide(user, "hide:review:any")).toEqual({ allowed: false, reason: "role" });
    expect(decide(user, "update:review:own", { ownerId: "other" })).toEqual({ allowed: false, reason: "owner" });
    expect(decide(user, "update:review:own")).toEqual({ allowed: false, reason: "owner" });
    expect(decide(user, "update:review:own", { ownerId: user.id })).toEqual({ allowed: true });
  });

  it("lets staff act only on lower roles, never on themselves", () => {
    const mod = actor("MODERATOR");
    const admin = actor("ADMIN");
    expect(can(mod, "ban:user:any", { ownerId: "u", role: "USER" })).toBe(true);
    expect(can(mod, "ban:user:any", { ownerId: "m2", role: "MODERATOR" })).toBe(false);
    expect(can(mod, "ban:user:any", { ownerId: "a", role: "ADMIN" })).toBe(false);
    expect(can(admin, "ban:user:any", { ownerId: "m2", role: "MODERATOR" })).toBe(true);
    expect(can(admin, "update:role:any", { ownerId: admin.id, role: "ADMIN" })).toBe(false);
    expect(can(admin, "update:role:any", { ownerId: "a2", role: "ADMIN" })).toBe(false);
    expect(decide(mod, "ban:user:any", { ownerId: "a", role: "ADMIN" })).toEqual({ allowed: false, reason: "rank" });
  });

  it("lets a moderator edit any listing, their own included, but no one else's review", () => {
    const mod = actor("MODERATOR");
    expect(can(mod, "update:listing:own", { ownerId: "someone" })).toBe(true);
    expect(can(mod, "update:listing:own")).toBe(true);
    expect(can(mod, "update:review:own", { ownerId: "someone" })).toBe(false);
    expect(can(mod, "delete:review:own", { ownerId: "someone" })).toBe(false);
  });
});

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

describe("assertCan", () => {
  it("returns the actor when allowed", () => {
    const me = actor("USER");
    expect(assertCan(me, "create:review:own")).toBe(me);
  });

  it("throws UNAUTHORIZED for anonymous and FORBIDDEN otherwise, as an AppError", () => {
    const anon = thrown(() => assertCan(null, "create:review:own"));
    expect(anon).toBeInstanceOf(AppError);
    expect(anon).toMatchObject({ code: "UNAUTHORIZED", status: 401, reason: "anonymous" });
    expect(thrown(() => assertCan(actor("USER"), "update:review:own", { ownerId: "x" }))).toBeInstanceOf(PermissionDenied);
    expect(thrown(() => assertCan(actor("USER"), "read:audit:any"))).toMatchObject({
      code: "FORBIDDEN",
      status: 403,
      reason: "role",
      permission: "read:audit:any",
    });
  });
});
