/**
 * Who may do what, as data. Every permission is `action:entity:scope`: `own` applies to things
 * the user owns (their review, their submission, their own account), `any` to everyone's. The
 * table below is the whole product's; server code asks `can()` / `assertCan()` and never
 * compares roles itself (Epic Stack's permission model, without the database tables: the set
 * changes with the code, not at run time).
 */
import { AppError } from "./errors";

export const ROLES = ["USER", "MODERATOR", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];
export type UserStatus = "ACTIVE" | "BANNED";

type Definition = {
  /** Which roles hold it. Roles are not nested on purpose: each line says who, in full. */
  roles: readonly Role[];
  /** Writes that need a confirmed e-mail address (an unconfirmed account can only read and manage itself). */
  verifiedEmail: boolean;
};

const MEMBERS: readonly Role[] = ["USER", "MODERATOR", "ADMIN"];
const STAFF: readonly Role[] = ["MODERATOR", "ADMIN"];
const ADMINS: readonly Role[] = ["ADMIN"];

export const PERMISSIONS = {
  // Reviews and reports by any member.
  "create:review:own": { roles: MEMBERS, verifiedEmail: true },
  "update:review:own": { roles: MEMBERS, verifiedEmail: true },
  "delete:review:own": { roles: MEMBERS, verifiedEmail: true },
  "create:report:own": { roles: MEMBERS, verifiedEmail: true },
  // Listings: submit a new one, fix one's own submission while it is pending or rejected,
  // suggest an edit to any published listing (stored as a proposal).
  "create:listing:own": { roles: MEMBERS, verifiedEmail: true },
  "update:listing:own": { roles: MEMBERS, verifiedEmail: true },
  "propose:listing:any": { roles: MEMBERS, verifiedEmail: true },
  // One's own account: change password, delete it. Allowed before the address is confirmed, so
  // that someone who typed a wrong address can still remove the account.
  "update:user:own": { roles: MEMBERS, verifiedEmail: false },
  "delete:user:own": { roles: MEMBERS, verifiedEmail: false },
  // Moderation.
  "read:moderation:any": { roles: STAFF, verifiedEmail: false },
  "approve:listing:any": { roles: STAFF, verifiedEmail: true },
  "reject:listing:any": { roles: STAFF, verifiedEmail: true },
  "archive:listing:any": { roles: STAFF, verifiedEmail: true },
  "verify:listing:any": { roles: STAFF, verifiedEmail: true },
  "update:listing:any": { roles: STAFF, verifiedEmail: true },
  "approve:proposal:any": { roles: STAFF, verifiedEmail: true },
  "reject:proposal:any": { roles: STAFF, verifiedEmail: true },
  /** Hide a review or show it again. */
  "hide:review:any": { roles: STAFF, verifiedEmail: true },
  /** Resolve or dismiss a report. */
  "resolve:report:any": { roles: STAFF, verifiedEmail: true },
  /** Ban or lift a ban; only on someone of a lower role (see `outranks`). */
  "ban:user:any": { roles: STAFF, verifiedEmail: true },
  // Administration.
  "update:role:any": { roles: ADMINS, verifiedEmail: true },
  "read:audit:any": { roles: ADMINS, verifiedEmail: false },
  "import:listing:any": { roles: ADMINS, verifiedEmail: true },
} as const satisfies Record<string, Definition>;

export type Permission = keyof typeof PERMISSIONS;
export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];

/** What `can` needs to know about the acting user; the server reads it fresh from the database. */
export type Actor = { id: string; role: Role; status: UserStatus; emailVerified: boolean };

/**
 * The thing acted on. `ownerId` is its owner (a review's author, a submission's creator; for a
 * user account, the user's own id). `role` is set when the target is a user, for the rank rule.
 */
export type Target = { ownerId: string | null; role?: Role };

export type DenialReason = "anonymous" | "banned" | "unverified" | "role" | "owner" | "rank";
export type Decision = { allowed: true } | { allowed: false; reason: DenialReason };

const RANK: Record<Role, number> = { USER: 0, MODERATOR: 1, ADMIN: 2 };

/** Banning and role changes only reach people of a lower role, and never oneself. */
export function outranks(actor: Pick<Actor, "id" | "role">, target: Target): boolean {
  return target.ownerId !== actor.id && (target.role === undefined || RANK[actor.role] > RANK[target.role]);
}

function holds(role: Role, permission: string): permission is Permission {
  return permission in PERMISSIONS && (PERMISSIONS[permission as Permission].roles as readonly Role[]).includes(role);
}

/**
 * The full decision with its reason. Without a target the answer is "may this user do this to
 * something" (for showing a button); `:own` permissions other than `create` then answer false,
 * so an ownership check cannot be skipped by forgetting the target.
 */
export function decide(user: Actor | null | undefined, permission: Permission, target?: Target): Decision {
  if (!user) return { allowed: false, reason: "anonymous" };
  // A banned account keeps reading public pages; every permission here is refused.
  if (user.status !== "ACTIVE") return { allowed: false, reason: "banned" };
  const [action, entity, scope] = permission.split(":");
  // Holding `x:y:any` includes `x:y:own`: a moderator who may edit any listing may edit their own.
  const broader = `${action}:${entity}:any`;
  const usable = scope === "own" && holds(user.role, broader) ? broader : holds(user.role, permission) ? permission : null;
  if (usable === null) return { allowed: false, reason: "role" };
  if (PERMISSIONS[usable].verifiedEmail && !user.emailVerified) return { allowed: false, reason: "unverified" };
  if (usable.endsWith(":own")) {
    if (target === undefined ? action !== "create" : target.ownerId !== user.id) return { allowed: false, reason: "owner" };
  } else if ((entity === "user" || entity === "role") && target !== undefined && !outranks(user, target)) {
    return { allowed: false, reason: "rank" };
  }
  return { allowed: true };
}

export function can(user: Actor | null | undefined, permission: Permission, target?: Target): boolean {
  return decide(user, permission, target).allowed;
}

const DENIAL_MESSAGES: Record<DenialReason, string> = {
  anonymous: "Sign in first.",
  banned: "This account is suspended.",
  unverified: "Confirm your e-mail address first.",
  role: "Your role does not allow this.",
  owner: "Only its owner may do this.",
  rank: "Not allowed on this user.",
};

/** A refused permission: UNAUTHORIZED for anonymous visitors, FORBIDDEN otherwise. */
export class PermissionDenied extends AppError {
  constructor(
    readonly permission: Permission,
    readonly reason: DenialReason,
  ) {
    super(reason === "anonymous" ? "UNAUTHORIZED" : "FORBIDDEN", DENIAL_MESSAGES[reason]);
  }
}

/** Returns the user when allowed, so callers get a non-null actor. */
export function assertCan(user: Actor | null | undefined, permission: Permission, target?: Target): Actor {
  const decision = decide(user, permission, target);
  if (!decision.allowed) throw new PermissionDenied(permission, decision.reason);
  return user!;
}
